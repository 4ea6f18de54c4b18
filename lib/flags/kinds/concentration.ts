import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { defineKind, found } from "./kind";

/** One subcontractor received more than `minShareBp` of everything minted into the colour. */
export function decideConcentration(f: { receivedTiyn: bigint; mintedTiyn: bigint }, c: TFlagConfig["concentration"]): TVerdict | null {
  const shareBp = bpOf(f.receivedTiyn, f.mintedTiyn);
  if (shareBp <= c.minShareBp) return null;
  return { severity: "medium", score: clamp(45 + (shareBp - c.minShareBp) / 100), facts: { shareBp } };
}

// Subcontractors only: the general contractor receiving most of its colour is the plan, not a pattern.
export const concentration = defineKind({
  id: "concentration",
  thresholds: "concentration",
  severities: ["medium"],
  facts: ["shareBp", "receivedTiyn", "mintedTiyn"],
  detect: (colour, _own, config) =>
    colour.companies.flatMap((c) => {
      const received = colour.receivedBy.get(c.id);
      if (!c.is_sub || !received) return [];
      const verdict = decideConcentration({ receivedTiyn: received.total, mintedTiyn: colour.colour.minted_tiyn }, config.concentration);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, receivedTiyn: received.total.toString(), mintedTiyn: colour.colour.minted_tiyn.toString() } }, {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${c.id}`,
        companyId: c.id,
        evidence: { companies: [c.id], transfers: received.transfers, contracts: c.contracts },
      });
    }),
});
