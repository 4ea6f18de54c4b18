import type { TFlagConfig } from "../config";
import { clamp, DAY, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";

/** Registered fewer than `maxAgeDays` days before its first coloured receipt. */
export function decideNewCompany(f: { registeredOn: Date | null; firstReceiptAt: Date }, c: TFlagConfig["newCompany"]): TVerdict | null {
  if (!f.registeredOn) return null;
  const ageDays = Math.floor((f.firstReceiptAt.getTime() - f.registeredOn.getTime()) / DAY);
  if (ageDays >= c.maxAgeDays) return null;
  return { severity: "medium", score: clamp(35 + (50 * (c.maxAgeDays - Math.max(0, ageDays))) / c.maxAgeDays), facts: { ageDays } };
}

// Judged in the colour of the company's first receipt anywhere, so it is raised once, not in every colour.
export const newCompany = defineKind({
  id: "new_company",
  thresholds: "newCompany",
  ocp: [],
  severities: ["medium"],
  facts: ["ageDays", "registeredOn", "firstReceiptAt"],
  detect: (colour, _own, config) =>
    colour.companies.flatMap((c) => {
      if (!c.first_at || c.first_colour !== colour.colourId) return [];
      const verdict = decideNewCompany({ registeredOn: c.registered_on, firstReceiptAt: c.first_at }, config.newCompany);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, registeredOn: c.registered_on?.toISOString().slice(0, 10) ?? "", firstReceiptAt: c.first_at.toISOString() } }, {
        subjectType: "company",
        subjectId: String(c.id),
        companyId: c.id,
        evidence: { companies: [c.id], transfers: [c.first_transfer!.toString()], contracts: c.contracts },
      });
    }),
});
