import type { TVerdict } from "../decide";
import { invoiceEvidence } from "../facts";
import { defineKind, found } from "./kind";

/** Approvers who are the invoice's creator: the same account or the same natural person behind two accounts. */
export function sameApprovers(f: { creatorUserId: number; creatorPersonId: number | null; approvers: readonly { userId: number; personId: number | null }[] }): number[] {
  return f.approvers.filter((a) => a.userId === f.creatorUserId || (f.creatorPersonId != null && a.personId === f.creatorPersonId)).map((a) => a.userId);
}

export function decideSameApprover(userIds: readonly number[]): TVerdict | null {
  return userIds.length ? { severity: "high", score: 90, facts: { approvers: userIds.length } } : null;
}

export const approvalSamePerson = defineKind({
  id: "approval_same_person",
  thresholds: null,
  severities: ["high"],
  facts: ["approvers"],
  detect: (colour) =>
    colour.invoices.flatMap((inv) => {
      const approvals = colour.approvalsOf.get(inv.id) ?? [];
      const same = sameApprovers({ creatorUserId: inv.created_by_id, creatorPersonId: inv.creator_person, approvers: approvals.map((d) => ({ userId: d.user_id, personId: d.person_id })) });
      return found(decideSameApprover(same), {
        subjectType: "invoice",
        subjectId: String(inv.id),
        companyId: inv.issuer_id,
        evidence: { ...invoiceEvidence(colour, inv), users: [inv.created_by_id, ...same], persons: inv.creator_person ? [inv.creator_person] : [] },
      });
    }),
});
