import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";
import { capped, mealRows } from "./meal-common";

/** Two pupil rows with one IIN hash at two schools, both on their school's approved list of the same month, and the days each was fed. */
export type TPupilPair = { first_id: number; second_id: number; month: string; first_school: number; second_school: number; first_days: string[] | null; second_days: string[] | null; meal_ids: string[] | null };

/**
 * Fed at both schools within the same span of days of one month: the spans of meal days overlap. A pupil who moved
 * mid-month (all meals at the first school before the first at the second) or was listed at both and fed at one is
 * not flagged. Meals at both on the same day are high when `sameDayIsHigh`.
 */
export function decidePupilTwoSchools(p: Pick<TPupilPair, "first_days" | "second_days">, c: TFlagConfig["mealPupilTwoSchools"]): TVerdict | null {
  const a = [...(p.first_days ?? [])].sort();
  const b = [...(p.second_days ?? [])].sort();
  if (!a.length || !b.length) return null;
  const overlaps = (a[0]! <= b[b.length - 1]! && b[0]! <= a[a.length - 1]!);
  if (!overlaps) return null;
  const inB = new Set(b);
  const sameDays = a.filter((d) => inB.has(d)).length;
  return { severity: sameDays > 0 && c.sameDayIsHigh ? "high" : "medium", score: clamp(60 + 2 * sameDays), facts: { firstSchoolDays: a.length, secondSchoolDays: b.length, sameDays } };
}

// The IIN hash is keyed (decision 0156): equal hashes are one child, and the hash reveals no IIN. Pairs are read once
// (the lower pupil id first when both are the programme's).
export const mealPupilTwoSchools = defineKind({
  id: "meal_pupil_two_schools",
  thresholds: "mealPupilTwoSchools",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["firstSchoolDays", "secondSchoolDays", "sameDays"],
  load: mealRows<TPupilPair>(
    `WITH mine AS (SELECT DISTINCT p.id, p.iin_hmac, p.school_id FROM meal_voucher v JOIN pupil p ON p.id = v.pupil_id WHERE v.programme_id = $1),
     pairs AS (
       SELECT a.id AS a_id, b.id AS b_id FROM mine a JOIN pupil b ON b.iin_hmac = a.iin_hmac AND b.school_id <> a.school_id
        WHERE a.id < b.id OR b.id NOT IN (SELECT id FROM mine)),
     listed AS (
       SELECT e.pupil_id, el.month, el.school_id FROM eligibility_entry e JOIN eligibility_list el ON el.id = e.list_id AND el.approved_at IS NOT NULL
        WHERE e.pupil_id IN (SELECT a_id FROM pairs UNION SELECT b_id FROM pairs))
     SELECT pr.a_id AS first_id, pr.b_id AS second_id, to_char(la.month, 'YYYY-MM') AS month, la.school_id AS first_school, lb.school_id AS second_school,
            (SELECT array_agg(DISTINCT m.day::text) FROM meal_record m WHERE m.pupil_id = pr.a_id AND m.day >= la.month AND m.day < la.month + interval '1 month') AS first_days,
            (SELECT array_agg(DISTINCT m.day::text) FROM meal_record m WHERE m.pupil_id = pr.b_id AND m.day >= la.month AND m.day < la.month + interval '1 month') AS second_days,
            (SELECT (array_agg(m.id::text ORDER BY m.id))[1:100] FROM meal_record m WHERE m.pupil_id IN (pr.a_id, pr.b_id) AND m.day >= la.month AND m.day < la.month + interval '1 month') AS meal_ids
       FROM pairs pr JOIN listed la ON la.pupil_id = pr.a_id JOIN listed lb ON lb.pupil_id = pr.b_id AND lb.month = la.month`,
  ),
  detect: (colour, rows, config) =>
    rows.flatMap((p) =>
      found(decidePupilTwoSchools(p, config.mealPupilTwoSchools), {
        subjectType: "pupil",
        subjectId: `colour:${colour.colourId}:pupil:${p.first_id}-${p.second_id}:month:${p.month}`,
        companyId: null,
        evidence: { schools: [p.first_school, p.second_school], meals: capped(p.meal_ids) },
      }),
    ),
});
