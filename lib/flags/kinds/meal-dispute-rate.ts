import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { defineKind, found } from "./kind";
import { mealRows } from "./meal-common";
import { quartiles } from "./unit-price-outlier";

/** One school's meals and absence disputes (any outcome) in one month; `is_mine` when the programme runs the school. */
export type TSchoolMonth = { school_id: number; region: string; month: string; meals: number; disputes: number; is_mine: boolean };

const perMille = (r: Pick<TSchoolMonth, "meals" | "disputes">) => (r.meals ? (1000 * r.disputes) / r.meals : 0);
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Disputes per 1,000 meals above Q3 + factor·IQR of the region's schools that month with at least `minMeals` meals
 * (at least `minSchools` of them to judge), and at least `minPerMille`: where nearly every school has no dispute the
 * fence is zero, and three disputes are not a pattern.
 */
export function decideDisputeRate(school: Pick<TSchoolMonth, "meals" | "disputes">, population: readonly Pick<TSchoolMonth, "meals" | "disputes">[], c: TFlagConfig["mealDisputeRate"]): TVerdict | null {
  if (school.meals < c.minMeals) return null;
  const peers = population.filter((p) => p.meals >= c.minMeals);
  if (peers.length < c.minSchools) return null;
  const q = quartiles(peers.map((p) => BigInt(Math.round(perMille(p) * 1000))))!;
  const [q1, q3] = [q.q1 / 1000, q.q3 / 1000];
  const fence = q3 + ((q3 - q1) * c.iqrFactorPct) / 100;
  const rate = perMille(school);
  if (rate <= fence || rate < c.minPerMille) return null;
  return {
    severity: rate >= 2 * Math.max(fence, c.minPerMille) ? "high" : "medium",
    score: clamp(50 + rate - fence),
    facts: { perMille: round1(rate), disputes: school.disputes, meals: school.meals, q1PerMille: round1(q1), q3PerMille: round1(q3), fencePerMille: round1(fence), population: peers.length },
  };
}

// The population is every school of the same region (a school's own region) with meals that month, whichever
// programme ran them: the peers share a climate, a season's illnesses and a parents' habit of checking the page.
// Only the region-months where one of the programme's schools had a dispute that month are read (decision 0250):
// a school without one has rate 0, which is never above a fence of Q3 + factor·IQR ≥ 0 nor at least a positive
// minPerMille, so the other region-months cannot flag; the months are those of the programme's meals, as before.
export const mealDisputeRate = defineKind({
  id: "meal_dispute_rate",
  thresholds: "mealDisputeRate",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["perMille", "disputes", "meals", "q1PerMille", "q3PerMille", "fencePerMille", "population"],
  load: mealRows<TSchoolMonth>(
    `WITH mine AS (SELECT DISTINCT s.id, s.region FROM canteen_contract_school cs JOIN canteen_contract k ON k.id = cs.contract_id AND k.programme_id = $1 JOIN school s ON s.id = cs.school_id),
     disputed AS (
       SELECT DISTINCT mi.region, date_trunc('month', m.day)::date AS month FROM meal_dispute d JOIN meal_record m ON m.id = d.meal_id JOIN mine mi ON mi.id = m.school_id),
     hot AS (
       SELECT h.region, h.month FROM disputed h
        WHERE EXISTS (SELECT 1 FROM meal_record m JOIN canteen_contract k ON k.id = m.contract_id AND k.programme_id = $1
                       WHERE m.day >= h.month AND m.day < h.month + interval '1 month'))
     SELECT s.id AS school_id, s.region, to_char(mo.month, 'YYYY-MM') AS month, count(m.id)::int AS meals, count(d.id)::int AS disputes, bool_or(s.id IN (SELECT id FROM mine)) AS is_mine
       FROM hot mo JOIN school s ON s.region = mo.region
       JOIN meal_record m ON m.school_id = s.id AND m.day >= mo.month AND m.day < mo.month + interval '1 month'
       LEFT JOIN meal_dispute d ON d.meal_id = m.id
      GROUP BY s.id, s.region, mo.month`,
  ),
  detect: (colour, rows, config) =>
    [...groupBy(rows, (r) => `${r.region}|${r.month}`).values()].flatMap((population) =>
      population
        .filter((r) => r.is_mine)
        .flatMap((r) =>
          found(decideDisputeRate(r, population, config.mealDisputeRate), {
            subjectType: "school",
            subjectId: `colour:${colour.colourId}:school:${r.school_id}:month:${r.month}:disputes`,
            companyId: null,
            evidence: { schools: [r.school_id] },
          }),
        ),
    ),
});
