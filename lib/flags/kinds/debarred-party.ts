import type { TVerdict } from "../decide";
import { defineKind, found } from "./kind";

/** A company in the register of unreliable participants holds a contract at any tier of the colour. */
export function decideDebarredParty(f: { isDebarred: boolean; receivedTiyn: bigint }): TVerdict | null {
  if (!f.isDebarred) return null;
  return { severity: "high", score: f.receivedTiyn > 0n ? 100 : 80, facts: { receivedTiyn: f.receivedTiyn.toString() } };
}

export const debarredParty = defineKind({
  id: "debarred_party",
  thresholds: null,
  severities: ["high"],
  facts: ["receivedTiyn"],
  detect: (colour) =>
    colour.companies.flatMap((c) => {
      const received = colour.receivedBy.get(c.id);
      return found(decideDebarredParty({ isDebarred: c.is_debarred, receivedTiyn: received?.total ?? 0n }), {
        subjectType: "company",
        subjectId: `colour:${colour.colourId}:company:${c.id}`,
        companyId: c.id,
        evidence: { companies: [c.id], transfers: received?.transfers ?? [], contracts: c.contracts },
      });
    }),
});
