import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { maturityOf, paidOutOf } from "../maturity";
import { defineKind, found } from "./kind";

/** One subcontractor received more than `minShareBp` of what the colour has paid out (decision 0159). */
export function decideConcentration(f: { receivedTiyn: bigint; paidOutTiyn: bigint }, c: TFlagConfig["concentration"]): TVerdict | null {
  const shareBp = bpOf(f.receivedTiyn, f.paidOutTiyn);
  if (shareBp <= c.minShareBp) return null;
  return { severity: "medium", score: clamp(45 + (shareBp - c.minShareBp) / 100), facts: { shareBp } };
}

// Subcontractors only: the general contractor receiving most of its colour is the plan, not a pattern. The share is of
// what left the project's account (each tenge once, whatever happened to it below), and only in a mature colour
// (lib/flags/maturity.ts): the first subcontract payment of a young colour is all of it.
export const concentration = defineKind({
  id: "concentration",
  thresholds: "concentration",
  ocp: [],
  severities: ["medium"],
  facts: ["shareBp", "receivedTiyn", "paidOutTiyn", "paidOutBp", "mintedTiyn"],
  detect: (colour, _own, config) => {
    const maturity = maturityOf(colour, config.concentration);
    if (!maturity.isMature) return [];
    const paidOut = paidOutOf(colour);
    return colour.companies.flatMap((c) => {
      const received = colour.receivedBy.get(c.id);
      if (!c.is_sub || !received) return [];
      const verdict = decideConcentration({ receivedTiyn: received.total, paidOutTiyn: paidOut }, config.concentration);
      const facts = { receivedTiyn: received.total.toString(), paidOutTiyn: paidOut.toString(), paidOutBp: maturity.paidOutBp, mintedTiyn: colour.colour.minted_tiyn.toString() };
      return found(verdict && { ...verdict, facts: { ...verdict.facts, ...facts } }, {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${c.id}`,
        companyId: c.id,
        evidence: { companies: [c.id], transfers: received.transfers, contracts: c.contracts },
      });
    });
  },
});
