import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { invoiceEvidence } from "../facts";
import { defineKind, found } from "./kind";

/** The payment was released less than `maxMinutes` after the invoice was submitted. */
export function decideFastApproval(f: { submittedAt: Date | null; releasedAt: Date | null }, c: TFlagConfig["approvalFast"]): TVerdict | null {
  if (!f.submittedAt || !f.releasedAt) return null;
  const seconds = Math.floor((f.releasedAt.getTime() - f.submittedAt.getTime()) / 1000);
  // A release dated before the submission is back-dated data (imports, the demo): nothing to judge.
  if (seconds < 0 || seconds >= c.maxMinutes * 60) return null;
  return { severity: "low", score: clamp(30 + (30 * (c.maxMinutes * 60 - seconds)) / (c.maxMinutes * 60)), facts: { seconds } };
}

export const approvalFast = defineKind({
  id: "approval_fast",
  thresholds: "approvalFast",
  severities: ["low"],
  facts: ["seconds"],
  detect: (colour, _own, config) =>
    colour.invoices.flatMap((inv) => {
      // Judged only on invoices with an approval recorded (a release without one has no approval to time).
      if (!colour.approvalsOf.get(inv.id)?.length) return [];
      const releaser = colour.paymentOf.get(inv.id)?.actor_id ?? null;
      return found(decideFastApproval({ submittedAt: inv.submitted_at, releasedAt: inv.status === "paid" ? inv.paid_at : null }, config.approvalFast), {
        subjectType: "invoice",
        subjectId: String(inv.id),
        companyId: inv.issuer_id,
        evidence: { ...invoiceEvidence(colour, inv), users: releaser ? [releaser] : [] },
      });
    }),
});
