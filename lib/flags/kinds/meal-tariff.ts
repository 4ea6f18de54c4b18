import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { defineKind, found } from "./kind";
import { mealRows } from "./meal-common";

/** A canteen contract's tariff for one meal type, among the region's contracts of the same school year. */
export type TTariffRow = { contract_id: number; number: string; operator_id: number; meal_type: string; tariff_tiyn: bigint; is_mine: boolean; schools: number[] | null };

/** The median of integer tiyn (the lower of the two middle values' mean, rounded down). */
export function medianTiyn(values: readonly bigint[]): bigint {
  const s = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2n;
}

/** At least `minAboveBp` above the median tariff of the meal type in the region (at least `minContracts` contracts, this one included). */
export function decideTariff(tariff: bigint, population: readonly bigint[], c: TFlagConfig["mealTariff"]): TVerdict | null {
  if (population.length < c.minContracts) return null;
  const median = medianTiyn(population);
  if (median <= 0n || tariff * 10000n < median * BigInt(10000 + c.minAboveBp)) return null;
  const aboveBp = bpOf(tariff - median, median);
  return { severity: aboveBp >= 2 * c.minAboveBp ? "high" : "medium", score: clamp(40 + aboveBp / 100), facts: { tariffTiyn: tariff.toString(), medianTiyn: median.toString(), aboveMedianBp: aboveBp, contracts: population.length } };
}

// The tariff is already within the programme's ceiling (decision 0154); this compares it with what other districts of
// the region pay for the same meal in the same school year.
export const mealTariff = defineKind({
  id: "meal_tariff",
  thresholds: "mealTariff",
  ocp: [],
  severities: ["medium", "high"],
  facts: ["tariffTiyn", "medianTiyn", "aboveMedianBp", "contracts"],
  load: mealRows<TTariffRow>(
    `SELECT k.id AS contract_id, k.number, k.operator_id, cm.meal_type::text AS meal_type, cm.tariff_tiyn, (k.programme_id = $1) AS is_mine,
            (SELECT array_agg(cs.school_id ORDER BY cs.school_id) FROM canteen_contract_school cs WHERE cs.contract_id = k.id) AS schools
       FROM canteen_contract k JOIN canteen_contract_meal cm ON cm.contract_id = k.id
       JOIN meal_programme p ON p.id = k.programme_id JOIN colour c ON c.id = p.colour_id JOIN project pr ON pr.id = c.project_id
      WHERE p.school_year = (SELECT school_year FROM meal_programme WHERE id = $1) AND pr.region = $2::text`,
    (colour) => [colour.colour.region],
  ),
  detect: (colour, rows, config) =>
    [...groupBy(rows, (r) => r.meal_type).values()].flatMap((population) =>
      population
        .filter((r) => r.is_mine)
        .flatMap((r) =>
          found(decideTariff(BigInt(r.tariff_tiyn), population.map((p) => BigInt(p.tariff_tiyn)), config.mealTariff), {
            subjectType: "canteen_contract",
            subjectId: `colour:${colour.colourId}:canteen_contract:${r.contract_id}:${r.meal_type}`,
            companyId: r.operator_id,
            evidence: { companies: [r.operator_id], schools: r.schools ?? [] },
          }),
        ),
    ),
});
