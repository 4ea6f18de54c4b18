import type { TFlagConfig } from "../config";
import { bpOf, clamp, DAY, type TVerdict } from "../decide";
import { paidOutOf } from "../maturity";
import { defineKind, found } from "./kind";

export type TNewCompanyFacts = {
  registeredOn: Date | null;
  firstReceiptAt: Date;
  /** The day it signed its first contract of the colour; null when unknown. */
  firstSignedOn: Date | null;
  /** Its share of what the colour paid out, in basis points, when it is a subcontractor (null for a general contractor). */
  subShareBp: number | null;
};

/**
 * A company founded for the money (decision 0188): registered fewer than `maxAgeDays` before its first coloured
 * receipt, AND either it signed its first contract of the colour within `contractWithinDays` of registering, or, as a
 * subcontractor, it took more than `minShareBp` of what the colour paid out. Age alone is not a scheme.
 */
export function decideNewCompany(f: TNewCompanyFacts, c: TFlagConfig["newCompany"]): TVerdict | null {
  if (!f.registeredOn) return null;
  const ageDays = Math.floor((f.firstReceiptAt.getTime() - f.registeredOn.getTime()) / DAY);
  if (ageDays >= c.maxAgeDays) return null;
  const daysToContract = f.firstSignedOn ? Math.max(0, Math.floor((f.firstSignedOn.getTime() - f.registeredOn.getTime()) / DAY)) : null;
  const contractSoon = daysToContract != null && daysToContract < c.contractWithinDays;
  const takesMost = f.subShareBp != null && f.subShareBp > c.minShareBp;
  if (!contractSoon && !takesMost) return null;
  const youth = (c.maxAgeDays - Math.max(0, ageDays)) / c.maxAgeDays;
  return {
    severity: "medium",
    score: clamp(35 + 40 * youth + (contractSoon && takesMost ? 15 : 0)),
    facts: { ageDays, ...(daysToContract != null ? { daysToContract } : {}), ...(f.subShareBp != null ? { shareBp: f.subShareBp } : {}) },
  };
}

const firstSigned = (days: readonly Date[]): Date | null => (days.length ? days.reduce((a, b) => (b.getTime() < a.getTime() ? b : a)) : null);

// Judged in the colour of the company's first receipt anywhere, so it is raised once, not in every colour.
export const newCompany = defineKind({
  id: "new_company",
  thresholds: "newCompany",
  ocp: [],
  severities: ["medium"],
  facts: ["ageDays", "daysToContract", "shareBp", "registeredOn", "firstReceiptAt"],
  detect: (colour, _own, config) => {
    const paidOut = paidOutOf(colour);
    return colour.companies.flatMap((c) => {
      if (!c.first_at || c.first_colour !== colour.colourId) return [];
      const received = colour.receivedBy.get(c.id)?.total ?? 0n;
      const subShareBp = c.is_sub && paidOut > 0n ? bpOf(received, paidOut) : null;
      const verdict = decideNewCompany({ registeredOn: c.registered_on, firstReceiptAt: c.first_at, firstSignedOn: firstSigned(c.signed_on ?? []), subShareBp }, config.newCompany);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, registeredOn: c.registered_on?.toISOString().slice(0, 10) ?? "", firstReceiptAt: c.first_at.toISOString() } }, {
        subjectType: "company",
        subjectId: String(c.id),
        companyId: c.id,
        evidence: { companies: [c.id], transfers: [c.first_transfer!.toString()], contracts: c.contracts },
      });
    });
  },
});
