import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { paymentsOfInvoices } from "../facts";
import { defineKind, found } from "./kind";

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
export function outlierFence(prices: readonly bigint[], c: TFlagConfig["unitPriceOutlier"]): bigint | null {
  return fenceOf(quartiles(prices), prices.length, c);
}

/** The same fence from quartiles computed elsewhere (the database's percentile_cont interpolates the same way). */
export function fenceOf(q: { q1: number; q3: number } | null, samples: number, c: TFlagConfig["unitPriceOutlier"]): bigint | null {
  if (!q || samples < c.minSamples) return null;
  return BigInt(Math.floor(q.q3 + ((q.q3 - q.q1) * c.iqrFactorPct) / 100));
}

export function decideUnitPriceOutlier(f: { unitPriceTiyn: bigint; fenceTiyn: bigint | null }): TVerdict | null {
  if (f.fenceTiyn == null || f.unitPriceTiyn <= f.fenceTiyn) return null;
  const aboveBp = bpOf(f.unitPriceTiyn - f.fenceTiyn, f.fenceTiyn);
  return { severity: aboveBp >= 2500 ? "medium" : "low", score: clamp(35 + aboveBp / 50), facts: { fenceTiyn: f.fenceTiyn.toString(), unitPriceTiyn: f.unitPriceTiyn.toString(), aboveBp } };
}

// This colour's invoice lines against every invoiced price of the same item code, across projects (the shared
// facts carry the quartiles).
export const unitPriceOutlier = defineKind({
  id: "unit_price_outlier",
  thresholds: "unitPriceOutlier",
  severities: ["low", "medium"],
  facts: ["fenceTiyn", "unitPriceTiyn", "aboveBp", "itemCode", "samples"],
  detect: (colour, _own, config) => {
    const fences = new Map<string, bigint | null>();
    return colour.lines.flatMap((line) => {
      const stats = colour.prices.get(line.code);
      if (!stats) return [];
      if (!fences.has(line.code)) fences.set(line.code, fenceOf(stats, stats.samples, config.unitPriceOutlier));
      const verdict = decideUnitPriceOutlier({ unitPriceTiyn: line.unit_price_tiyn, fenceTiyn: fences.get(line.code)! });
      return found(verdict && { ...verdict, facts: { ...verdict.facts, itemCode: line.code, samples: stats.samples } }, {
        subjectType: "invoice_line",
        subjectId: String(line.line_id),
        companyId: line.issuer_id,
        evidence: { invoices: [line.invoice_id], contracts: [line.contract_id], companies: [line.issuer_id], transfers: paymentsOfInvoices(colour, [line.invoice_id]) },
      });
    });
  },
});
