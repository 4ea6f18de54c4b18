import { daysOffOf } from "../../rules/working-calendar";
import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { defineKind, found } from "./kind";
import { capped, mealRows } from "./meal-common";

/** Meals of one school on one day, with what the calendars say about that day. */
export type TMealDay = {
  school_id: number;
  day: string;
  meals: number;
  meal_ids: string[] | null;
  operator_id: number | null;
  /** The school's own calendar as it stands: true a school day, false a declared holiday, null no row (no lessons). */
  own_school_day: boolean | null;
  /** Other schools of the department with a calendar, and how many of them declared this day — a weekday — a holiday. */
  others: number;
  others_off: number;
};

export type TNonSchoolReason = "calendar" | "holiday" | "peers";

const publicDaysOff = new Map<number, Set<string>>();
/** A day off of Kazakhstan's calendar other than an ordinary weekend: a public holiday, its carried day, a decreed day off. */
export function isPublicDayOff(day: string): boolean {
  const year = Number(day.slice(0, 4));
  let off = publicDaysOff.get(year);
  if (!off) publicDaysOff.set(year, (off = daysOffOf(year)));
  return off.has(day);
}

/** Why a day with meals was no school day, or null when it was one. */
export function nonSchoolReason(d: Pick<TMealDay, "day" | "own_school_day" | "others" | "others_off">, c: TFlagConfig["mealNonSchoolDay"]): TNonSchoolReason | null {
  if (d.own_school_day !== true) return "calendar";
  if (isPublicDayOff(d.day)) return "holiday";
  if (d.others_off >= c.minPeers && d.others_off * 10000 > c.peerHolidayBp * d.others) return "peers";
  return null;
}

/** One school's meals on days that were no school day, when there are at least `minMeals` of them. */
export function decideNonSchoolDay(days: readonly TMealDay[], c: TFlagConfig["mealNonSchoolDay"]): TVerdict<Record<string, string | number>> | null {
  const counts: Record<TNonSchoolReason, number> = { calendar: 0, holiday: 0, peers: 0 };
  const hit: string[] = [];
  for (const d of days) {
    const reason = nonSchoolReason(d, c);
    if (!reason) continue;
    counts[reason] += d.meals;
    hit.push(d.day);
  }
  const meals = counts.calendar + counts.holiday + counts.peers;
  if (!hit.length || meals < c.minMeals) return null;
  return {
    severity: meals >= 20 ? "high" : "medium",
    score: clamp(50 + meals / 2),
    facts: { meals, calendarMeals: counts.calendar, holidayMeals: counts.holiday, peerHolidayMeals: counts.peers, days: hit.sort().join(", ") },
  };
}

// Meals are refused on a day the school's calendar does not mark as a school day (decision 0155); meals on such a day
// exist when the calendar was changed after them, a school marked a public holiday or the district's break as a school
// day, or meals were written around the scan path. Only the candidate days are read: no school day in the school's own
// calendar, a public day off ($2), or a holiday declared by another school of the department. A weekend is no declared
// holiday (decision 0266): a school whose own calendar has lessons on a Saturday (a six-day week, a make-up day)
// feeds its pupils then, although its neighbours' calendars mark the day off.
export const mealNonSchoolDay = defineKind({
  id: "meal_non_school_day",
  thresholds: "mealNonSchoolDay",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["meals", "calendarMeals", "holidayMeals", "peerHolidayMeals", "days"],
  load: mealRows<TMealDay>(
    // The programme's school-days are counted first (from the index of decision 0267, not the table); only the
    // candidates then read their meal ids — building them for every school-day cost more than the rest (0267).
    `WITH days AS (
       SELECT m.school_id, m.day, count(*)::int AS meals, min(k.operator_id) AS operator_id
         FROM meal_record m JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1
        GROUP BY m.school_id, m.day),
     judged AS (
       SELECT d.school_id, d.day, d.meals, d.operator_id, cd.is_school_day AS own_school_day,
              (SELECT count(DISTINCT c2.school_id) FROM school_calendar_day c2 JOIN school s2 ON s2.id = c2.school_id
                WHERE s2.department_id = s.department_id AND s2.id <> s.id)::int AS others,
              (SELECT count(*) FROM school_calendar_day c2 JOIN school s2 ON s2.id = c2.school_id
                WHERE s2.department_id = s.department_id AND s2.id <> s.id AND c2.day = d.day AND NOT c2.is_school_day
                  AND extract(isodow FROM c2.day) < 6)::int AS others_off
         FROM days d JOIN school s ON s.id = d.school_id
         LEFT JOIN school_calendar_day cd ON cd.school_id = d.school_id AND cd.day = d.day)
     SELECT j.school_id, j.day::text AS day, j.meals, j.operator_id, j.own_school_day, j.others, j.others_off,
            (SELECT (array_agg(m.id::text ORDER BY m.id))[1:100] FROM meal_record m JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1
              WHERE m.school_id = j.school_id AND m.day = j.day) AS meal_ids
       FROM judged j
      WHERE j.own_school_day IS NOT TRUE OR j.day = ANY($2::date[]) OR j.others_off > 0`,
    (colour) => {
      const year = new Date(colour.colour.minted_at).getUTCFullYear();
      return [[year - 1, year, year + 1, year + 2].flatMap((y) => [...daysOffOf(y)])];
    },
  ),
  detect: (colour, rows, config) =>
    [...groupBy(rows, (r) => r.school_id)].flatMap(([schoolId, days]) => {
      const hits = days.filter((d) => nonSchoolReason(d, config.mealNonSchoolDay));
      const operator = hits.find((d) => d.operator_id != null)?.operator_id ?? null;
      return found(decideNonSchoolDay(days, config.mealNonSchoolDay), {
        subjectType: "school",
        subjectId: `colour:${colour.colourId}:school:${schoolId}`,
        companyId: operator,
        evidence: { schools: [schoolId], companies: operator ? [operator] : [], meals: capped(hits.flatMap((d) => d.meal_ids ?? [])) },
      });
    }),
});
