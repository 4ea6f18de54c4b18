import type { TFlagConfig } from "../config";
import { clamp, DAY, type TVerdict } from "../decide";
import { paymentsOfInvoices } from "../facts";
import { defineKind, found } from "./kind";
import type { TDatedAmount } from "./split-invoices";

/** Groups of invoices of one company with the same total issued within `windowDays` of another in the group. */
export function findDuplicateInvoices(invoices: readonly (TDatedAmount & { issuerId: number })[], c: TFlagConfig["duplicateInvoice"]): number[][] {
  const byKey = new Map<string, (TDatedAmount & { issuerId: number })[]>();
  for (const i of invoices) {
    const key = `${i.issuerId}:${i.totalTiyn}`;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  }
  const groups: number[][] = [];
  for (const list of byKey.values()) {
    const sorted = [...list].sort((a, b) => a.on.getTime() - b.on.getTime() || a.id - b.id);
    let group: number[] = [];
    for (let k = 0; k < sorted.length; k++) {
      if (k > 0 && sorted[k]!.on.getTime() - sorted[k - 1]!.on.getTime() > c.windowDays * DAY) {
        if (group.length > 1) groups.push(group);
        group = [];
      }
      group.push(sorted[k]!.id);
    }
    if (group.length > 1) groups.push(group);
  }
  return groups.map((g) => g.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

export function decideDuplicateInvoice(ids: readonly number[]): TVerdict | null {
  return ids.length > 1 ? { severity: "high", score: clamp(70 + 10 * (ids.length - 2)), facts: { invoices: ids.length } } : null;
}

export const duplicateInvoice = defineKind({
  id: "duplicate_invoice",
  thresholds: "duplicateInvoice",
  ocp: [],
  severities: ["high"],
  facts: ["invoices", "totalTiyn"],
  detect: (colour, _own, config) =>
    findDuplicateInvoices(colour.invoices.map((i) => ({ id: i.id, issuerId: i.issuer_id, on: i.issued_on, totalTiyn: i.total_tiyn })), config.duplicateInvoice).flatMap((group) => {
      const rows = colour.invoices.filter((i) => group.includes(i.id));
      const verdict = decideDuplicateInvoice(group);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, totalTiyn: rows[0]!.total_tiyn.toString() } }, {
        subjectType: "invoice",
        subjectId: String(group[0]),
        companyId: rows[0]!.issuer_id,
        evidence: { invoices: group, companies: [rows[0]!.issuer_id], contracts: rows.map((r) => r.contract_id), transfers: paymentsOfInvoices(colour, group) },
      });
    }),
});
