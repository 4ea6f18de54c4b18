import type { TVerdict } from "../decide";
import { invoiceEvidence } from "../facts";
import { defineKind, found } from "./kind";

/** Approvers who are the invoice's creator: the same account or the same natural person behind two accounts. */
export function sameApprovers(f: { creatorUserId: number; creatorPersonId: number | null; approvers: readonly { userId: number; personId: number | null }[] }): number[] {
  return f.approvers.filter((a) => a.userId === f.creatorUserId || (f.creatorPersonId != null && a.personId === f.creatorPersonId)).map((a) => a.userId);
}

/**
 * Approvals by the creator that counted, and attempts the rules refused (SELF_APPROVAL, recorded as refused attempts
 * by the approval queue): a refused try is no payment, but it is the same person trying to approve their own invoice.
 */
export function decideSameApprover(userIds: readonly number[], refusedTries = 0): TVerdict | null {
  if (!userIds.length && !refusedTries) return null;
  return { severity: "high", score: userIds.length ? 90 : 70 + Math.min(20, 5 * (refusedTries - 1)), facts: { approvers: userIds.length, refusedSelfApprovals: refusedTries } };
}

/** A self-approval the rules refused, read from refused_attempt (the invoice, the account that tried and its person). */
export type TRefusedSelfApproval = { invoice_id: number; actor_id: number; person_id: number | null; issuer_id: number; contract_id: number; created_by_id: number };

// The person behind an account (app_user.person_id) is whatever link the users have; without one, only the same
// account is seen (the natural-person match then needs the link, which the import carries, issue 15).
export const approvalSamePerson = defineKind({
  id: "approval_same_person",
  thresholds: null,
  ocp: [],
  severities: ["high"],
  facts: ["approvers", "refusedSelfApprovals"],
  load: (sql, colour) =>
    sql<TRefusedSelfApproval>(
      `SELECT i.id AS invoice_id, r.actor_id, u.person_id, i.issuer_id, i.contract_id, i.created_by_id
         FROM refused_attempt r JOIN invoice i ON i.id = r.document_id LEFT JOIN app_user u ON u.id = r.actor_id
        WHERE r.colour_id = $1 AND r.document_type = 'invoice' AND 'SELF_APPROVAL' = ANY(r.codes) AND r.actor_id IS NOT NULL
        ORDER BY r.id`,
      [colour.colourId],
    ),
  detect: (colour, refused, _config) => {
    const refusedOf = new Map<number, TRefusedSelfApproval[]>();
    for (const r of refused ?? []) refusedOf.set(r.invoice_id, [...(refusedOf.get(r.invoice_id) ?? []), r]);
    const subjects = new Set([...colour.invoices.map((i) => i.id), ...refusedOf.keys()]);
    return [...subjects].sort((a, b) => a - b).flatMap((id) => {
      const inv = colour.invoiceById.get(id);
      const tries = refusedOf.get(id) ?? [];
      const approvals = colour.approvalsOf.get(id) ?? [];
      const same = inv ? sameApprovers({ creatorUserId: inv.created_by_id, creatorPersonId: inv.creator_person, approvers: approvals.map((d) => ({ userId: d.user_id, personId: d.person_id })) }) : [];
      const creator = inv?.created_by_id ?? tries[0]?.created_by_id;
      const base = inv ? invoiceEvidence(colour, inv) : { invoices: [id], contracts: [tries[0]!.contract_id], companies: [tries[0]!.issuer_id], transfers: [] };
      const persons = [inv?.creator_person, ...tries.map((t) => t.person_id)].filter((p): p is number => p != null);
      return found(decideSameApprover(same, tries.length), {
        subjectType: "invoice",
        subjectId: String(id),
        companyId: inv?.issuer_id ?? tries[0]!.issuer_id,
        evidence: { ...base, users: [...(creator != null ? [creator] : []), ...same, ...tries.map((t) => t.actor_id)], persons },
      });
    });
  },
});
