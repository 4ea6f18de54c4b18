import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { defineKind, found } from "./kind";
import { capped, mealRows } from "./meal-common";

/** One device's meals of one day at more than one school, in serving order. */
export type TDeviceSchools = { device_id: string; day: string; schools: number[]; times: number[]; meal_ids: string[]; operator_id: number | null };

/**
 * Moves of one device between schools — consecutive meals at two different schools — at most `maxGapMinutes` apart.
 * A phone moved for good, or breakfast at one school and lunch at another, makes no such move.
 */
export function decideDeviceSchools(days: readonly Pick<TDeviceSchools, "day" | "schools" | "times">[], c: TFlagConfig["mealDeviceSchools"]): TVerdict | null {
  let moves = 0;
  let gap = Infinity;
  const schools = new Set<number>();
  const hitDays = new Set<string>();
  for (const d of days) {
    for (let i = 1; i < d.schools.length; i++) {
      if (d.schools[i] === d.schools[i - 1]) continue;
      const minutes = (Number(d.times[i]) - Number(d.times[i - 1])) / 60_000;
      if (minutes > c.maxGapMinutes) continue;
      moves++;
      gap = Math.min(gap, minutes);
      schools.add(d.schools[i]!).add(d.schools[i - 1]!);
      hitDays.add(d.day);
    }
  }
  if (!moves) return null;
  return { severity: moves >= 3 ? "high" : "medium", score: clamp(50 + 5 * moves), facts: { moves, gapMinutes: Math.round(gap), schools: schools.size, days: hitDays.size } };
}

export const mealDeviceSchools = defineKind({
  id: "meal_device_schools",
  thresholds: "mealDeviceSchools",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["moves", "gapMinutes", "schools", "days"],
  // The device-days with more than one school are found first (no arrays built for the others, decision 0250), then
  // only their meals are read in serving order: the same rows as grouping every device-day and keeping those.
  load: mealRows<TDeviceSchools>(
    `WITH mine AS (
       SELECT m.id, m.device_id, m.day, m.school_id, m.served_at, k.operator_id FROM meal_record m
         JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1),
     multi AS (SELECT device_id, day FROM mine GROUP BY device_id, day HAVING min(school_id) <> max(school_id))
     SELECT m.device_id, m.day::text AS day, array_agg(m.school_id ORDER BY m.served_at, m.id) AS schools,
            array_agg(extract(epoch FROM m.served_at) * 1000 ORDER BY m.served_at, m.id) AS times,
            array_agg(m.id::text ORDER BY m.served_at, m.id) AS meal_ids, min(m.operator_id) AS operator_id
       FROM mine m JOIN multi USING (device_id, day)
      GROUP BY m.device_id, m.day`,
  ),
  detect: (colour, rows, config) =>
    [...groupBy(rows, (r) => r.device_id)].flatMap(([device, days]) => {
      const operator = days[0]!.operator_id;
      const meals: string[] = [];
      for (const d of days) for (let i = 1; i < d.schools.length; i++) if (d.schools[i] !== d.schools[i - 1] && (Number(d.times[i]) - Number(d.times[i - 1])) / 60_000 <= config.mealDeviceSchools.maxGapMinutes) meals.push(d.meal_ids[i - 1]!, d.meal_ids[i]!);
      return found(decideDeviceSchools(days, config.mealDeviceSchools), {
        subjectType: "meal_device",
        subjectId: `colour:${colour.colourId}:device:${device}`,
        companyId: operator,
        evidence: { schools: [...new Set(days.flatMap((d) => d.schools))], companies: operator ? [operator] : [], meals: capped(meals) },
      });
    }),
});
