import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { paymentsOfInvoices, type TPriceStats } from "../facts";
import { defineKind, found } from "./kind";
import { averageUnitPrice } from "./markup";

/** Quartiles by linear interpolation between order statistics (the "type 7" rule of R and spreadsheets). */
export function quartiles(values: readonly bigint[]): { q1: number; q3: number } | null {
  if (values.length === 0) return null;
  const s = values.map(Number).sort((a, b) => a - b);
  const at = (p: number) => {
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
  };
  return { q1: at(0.25), q3: at(0.75) };
}

/** Q3 + factor·IQR of the unit prices of one item code across projects; null with too few prices to judge. */
export function outlierFence(prices: readonly bigint[], c: TFlagConfig["unitPriceOutlier"], projects = Number.MAX_SAFE_INTEGER): bigint | null {
  return fenceOf(quartiles(prices), prices.length, c, projects);
}

/**
 * The same fence from quartiles computed elsewhere (the database's percentile_cont interpolates the same way); null
 * with fewer than `minSamples` prices or fewer than `minProjects` projects to compare with (decision 0159).
 */
export function fenceOf(q: { q1: number; q3: number } | null, samples: number, c: TFlagConfig["unitPriceOutlier"], projects = Number.MAX_SAFE_INTEGER): bigint | null {
  if (!q || samples < c.minSamples || projects < c.minProjects) return null;
  return BigInt(Math.floor(q.q3 + ((q.q3 - q.q1) * c.iqrFactorPct) / 100));
}

/**
 * Above the fence AND at least `minAboveQ3Bp` above the upper quartile (decision 0188): where a code's prices are
 * narrow the fence sits close to Q3, and a remote site's delivery cost crosses it without anything being inflated.
 */
export function decideUnitPriceOutlier(f: { unitPriceTiyn: bigint; fenceTiyn: bigint | null; q3Tiyn: number }, c: Pick<TFlagConfig["unitPriceOutlier"], "minAboveQ3Bp">): TVerdict | null {
  if (f.fenceTiyn == null || f.unitPriceTiyn <= f.fenceTiyn) return null;
  if (Number(f.unitPriceTiyn) * 10000 < f.q3Tiyn * (10000 + c.minAboveQ3Bp)) return null;
  const aboveBp = bpOf(f.unitPriceTiyn - f.fenceTiyn, f.fenceTiyn);
  return { severity: aboveBp >= 2500 ? "medium" : "low", score: clamp(35 + aboveBp / 50), facts: { fenceTiyn: f.fenceTiyn.toString(), unitPriceTiyn: f.unitPriceTiyn.toString(), aboveBp } };
}

/** The working shown beside each hit: the population and its quartiles and fence (tiyn rounded down for display). */
const workingOf = (code: string, stats: TPriceStats, quantityMilli: bigint, lines: number) => ({
  itemCode: code,
  samples: stats.samples,
  projects: stats.projects,
  q1Tiyn: String(Math.floor(stats.q1)),
  q3Tiyn: String(Math.floor(stats.q3)),
  iqrTiyn: String(Math.floor(stats.q3 - stats.q1)),
  quantityMilli: quantityMilli.toString(),
  lines,
});

/**
 * Units whose "unit price" is the price of one whole bespoke object (a hospital, a sports complex): two buildings'
 * prices are not a market to compare with, so they are never judged (decision 0188).
 */
export const WHOLE_OBJECT_UNITS: ReadonlySet<string> = new Set(["объект", "object", "нысан"]);
export const isComparableUnit = (unit: string | undefined): boolean => unit == null || !WHOLE_OBJECT_UNITS.has(unit.trim().toLowerCase());

// One flag per company + item code + colour (decision 0159): the company's quantity-weighted unit price for the code in
// this colour against every invoiced price of the code across projects (the shared facts carry the quartiles).
export const unitPriceOutlier = defineKind({
  id: "unit_price_outlier",
  thresholds: "unitPriceOutlier",
  ocp: [],
  severities: ["low", "medium"],
  facts: ["fenceTiyn", "unitPriceTiyn", "aboveBp", "itemCode", "samples", "projects", "q1Tiyn", "q3Tiyn", "iqrTiyn", "quantityMilli", "lines"],
  detect: (colour, _own, config) =>
    [...groupBy(colour.lines.filter((l) => isComparableUnit(l.unit)), (l) => `${l.issuer_id}|${l.code}`)].flatMap(([, lines]) => {
      const { issuer_id: issuer, code } = lines[0]!;
      const stats = colour.prices.get(code);
      if (!stats) return [];
      const unit = averageUnitPrice(lines.map((l) => ({ quantityMilli: l.quantity_milli, unitPriceTiyn: l.unit_price_tiyn })));
      if (unit == null) return [];
      const verdict = decideUnitPriceOutlier({ unitPriceTiyn: unit, fenceTiyn: fenceOf(stats, stats.samples, config.unitPriceOutlier, stats.projects), q3Tiyn: stats.q3 }, config.unitPriceOutlier);
      const invoices = [...new Set(lines.map((l) => l.invoice_id))];
      const quantity = lines.reduce((s, l) => s + l.quantity_milli, 0n);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, ...workingOf(code, stats, quantity, lines.length) } }, {
        subjectType: "contract_item",
        subjectId: `colour:${colour.colourId}:company:${issuer}:item:${code}`,
        companyId: issuer,
        evidence: { invoices, contracts: lines.map((l) => l.contract_id), companies: [issuer], transfers: paymentsOfInvoices(colour, invoices) },
      });
    }),
});
