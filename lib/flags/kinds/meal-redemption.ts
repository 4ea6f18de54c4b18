import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { defineKind, found } from "./kind";
import { mealRows } from "./meal-common";

/** Meals of one type at one school on one day, and the pupils on that school's approved list for the month. */
export type TRedemptionDay = { school_id: number; month: string; meal_type: string; day: string; meals: number; pupils: number; operator_id: number | null };

/**
 * The days of one school, month and meal type on which meals reached `minRateBp` of the approved list; a flag when
 * there are at least `minDays` of them and the list has at least `minPupils` pupils (four children can all be well).
 */
export function decideRedemption(days: readonly Pick<TRedemptionDay, "day" | "meals" | "pupils">[], c: TFlagConfig["mealRedemption"]): TVerdict | null {
  const pupils = Math.max(0, ...days.map((d) => d.pupils));
  if (pupils < c.minPupils) return null;
  const full = days.filter((d) => d.meals * 10000 >= c.minRateBp * d.pupils);
  if (full.length < c.minDays) return null;
  const meals = days.reduce((s, d) => s + d.meals, 0);
  const rateBp = Math.floor((meals * 10000) / (pupils * days.length));
  return {
    severity: full.length === days.length ? "high" : "medium",
    score: clamp(40 + 3 * full.length),
    facts: { pupils, daysAtRate: full.length, servingDays: days.length, rateBp },
  };
}

// Meals are counted per day against the school's approved list of the month (its size is what the daily cap of
// decision 0155 allows). A list of ghosts is fed every day; a list of children is not.
export const mealRedemption = defineKind({
  id: "meal_redemption",
  thresholds: "mealRedemption",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["pupils", "daysAtRate", "servingDays", "rateBp"],
  load: mealRows<TRedemptionDay>(
    `WITH lists AS (
       SELECT el.school_id, el.month, count(e.pupil_id)::int AS pupils FROM eligibility_list el JOIN eligibility_entry e ON e.list_id = el.id
        WHERE el.approved_at IS NOT NULL AND el.school_id IN (SELECT cs.school_id FROM canteen_contract_school cs JOIN canteen_contract k ON k.id = cs.contract_id WHERE k.programme_id = $1)
        GROUP BY el.school_id, el.month)
     SELECT m.school_id, to_char(m.day, 'YYYY-MM') AS month, m.meal_type::text AS meal_type, m.day::text AS day, count(*)::int AS meals,
            coalesce(max(l.pupils), 0)::int AS pupils, min(k.operator_id) AS operator_id
       FROM meal_record m JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1
       LEFT JOIN lists l ON l.school_id = m.school_id AND l.month = date_trunc('month', m.day)::date
      GROUP BY m.school_id, m.meal_type, m.day`,
  ),
  detect: (colour, rows, config) =>
    [...groupBy(rows, (r) => `${r.school_id}|${r.month}|${r.meal_type}`).values()].flatMap((days) => {
      const { school_id, month, meal_type } = days[0]!;
      const operator = days.find((d) => d.operator_id != null)?.operator_id ?? null;
      return found(decideRedemption(days, config.mealRedemption), {
        subjectType: "school",
        subjectId: `colour:${colour.colourId}:school:${school_id}:month:${month}:${meal_type}`,
        companyId: operator,
        evidence: { schools: [school_id], companies: operator ? [operator] : [] },
      });
    }),
});
