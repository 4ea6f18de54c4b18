import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";
import { capped, mealRows } from "./meal-common";

/** Upheld "my child was absent" disputes of one school and month. */
export type TUpheldMonth = { school_id: number; month: string; upheld: number; pupils: number; meal_ids: string[] | null; operator_id: number | null };

/** At least `minUpheld` meals of one school and month that parents marked absent and the review upheld. */
export function decideAbsentPupil(r: Pick<TUpheldMonth, "upheld" | "pupils">, c: TFlagConfig["mealAbsentPupil"]): TVerdict | null {
  if (r.upheld < c.minUpheld) return null;
  return { severity: r.upheld >= 3 * c.minUpheld ? "high" : "medium", score: clamp(40 + 5 * r.upheld), facts: { upheld: r.upheld, pupils: r.pupils } };
}

// Upheld meals are never paid (decision 0157); the flag is about the canteen that recorded meals for children who
// were not there. Open and dismissed disputes do not count: a dismissed one was a meal served.
export const mealAbsentPupil = defineKind({
  id: "meal_absent_pupil",
  thresholds: "mealAbsentPupil",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["upheld", "pupils"],
  load: mealRows<TUpheldMonth>(
    `SELECT m.school_id, to_char(m.day, 'YYYY-MM') AS month, count(*)::int AS upheld, count(DISTINCT m.pupil_id)::int AS pupils,
            (array_agg(m.id::text ORDER BY m.id))[1:100] AS meal_ids, min(k.operator_id) AS operator_id
       FROM meal_dispute d JOIN meal_record m ON m.id = d.meal_id
       JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1
      WHERE d.status = 'upheld' GROUP BY 1, 2`,
  ),
  detect: (colour, rows, config) =>
    rows.flatMap((r) =>
      found(decideAbsentPupil(r, config.mealAbsentPupil), {
        subjectType: "school",
        subjectId: `colour:${colour.colourId}:school:${r.school_id}:month:${r.month}`,
        companyId: r.operator_id,
        evidence: { schools: [r.school_id], companies: r.operator_id ? [r.operator_id] : [], meals: capped(r.meal_ids) },
      }),
    ),
});
