import type { TFlagConfig } from "../config";
import { clamp, DAY, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { paymentsOfInvoices } from "../facts";
import { defineKind, found } from "./kind";

export type TDatedAmount = { id: number; on: Date; totalTiyn: bigint };

/**
 * Invoices of one company in one colour that are each just under the second-approval threshold (at least
 * `justUnderBp` of it, below it), at least `minInvoices` of them submitted within `windowDays`, summing to the
 * threshold or more. Returns every invoice that belongs to such a window. Dated by submission, which the portal
 * records, not by the date the contractor typed (decision 0159): a monthly fee is one invoice a month, never three.
 */
export function findSplitInvoices(invoices: readonly TDatedAmount[], thresholdTiyn: bigint, c: TFlagConfig["splitInvoices"]): number[] {
  const floor = (thresholdTiyn * BigInt(c.justUnderBp)) / 10000n;
  const near = invoices.filter((i) => i.totalTiyn >= floor && i.totalTiyn < thresholdTiyn).sort((a, b) => a.on.getTime() - b.on.getTime() || a.id - b.id);
  const hit = new Set<number>();
  for (let start = 0; start < near.length; start++) {
    let sum = 0n;
    const window: number[] = [];
    for (let end = start; end < near.length && near[end]!.on.getTime() - near[start]!.on.getTime() <= c.windowDays * DAY; end++) {
      sum += near[end]!.totalTiyn;
      window.push(near[end]!.id);
    }
    if (window.length >= c.minInvoices && sum >= thresholdTiyn) window.forEach((id) => hit.add(id));
  }
  return [...hit].sort((a, b) => a - b);
}

export function decideSplitInvoices(ids: readonly number[], sumTiyn: bigint, thresholdTiyn: bigint): TVerdict | null {
  if (ids.length === 0) return null;
  return { severity: "medium", score: clamp(45 + 15 * (ids.length - 3)), facts: { invoices: ids.length, sumTiyn: sumTiyn.toString(), thresholdTiyn: thresholdTiyn.toString() } };
}

export const splitInvoices = defineKind({
  id: "split_invoices",
  thresholds: "splitInvoices",
  ocp: [],
  severities: ["medium"],
  facts: ["invoices", "sumTiyn", "thresholdTiyn"],
  detect: (colour, _own, config) => {
    // The threshold of the colour's latest rules; a colour without one has no second approval to avoid.
    const threshold = BigInt(colour.colour.threshold ?? "0");
    if (threshold <= 0n) return [];
    return [...groupBy(colour.invoices, (i) => i.issuer_id)].flatMap(([issuer, list]) => {
      // Only submitted invoices have a submission time; a draft never counts.
      const submitted = list.flatMap((i) => (i.submitted_at ? [{ id: i.id, on: i.submitted_at, totalTiyn: i.total_tiyn }] : []));
      const ids = findSplitInvoices(submitted, threshold, config.splitInvoices);
      const split = list.filter((i) => ids.includes(i.id));
      return found(decideSplitInvoices(ids, split.reduce((s, i) => s + i.total_tiyn, 0n), threshold), {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${issuer}`,
        companyId: issuer,
        evidence: { invoices: ids, companies: [issuer], contracts: split.map((i) => i.contract_id), transfers: paymentsOfInvoices(colour, ids) },
      });
    });
  },
});
