import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { invoiceEvidence } from "../facts";
import { defineKind, found } from "./kind";

/** One approval step: who decided, and when it began (the submission or the approval before) and ended. */
export type TApprovalStep = { userId: number; from: Date; at: Date };

/**
 * An approval given less than `maxMinutes` after the step before it: the first after the submission, the second after
 * the first. Judged on every step, not only the one that released the payment (decision 0159); the fastest counts.
 */
export function decideFastApproval(steps: readonly TApprovalStep[], c: TFlagConfig["approvalFast"]): (TVerdict & { fast: TApprovalStep[] }) | null {
  const limit = c.maxMinutes * 60;
  // A step dated before the one it follows is back-dated data (imports, the demo): nothing to judge.
  const timed = steps.map((s) => ({ step: s, seconds: Math.floor((s.at.getTime() - s.from.getTime()) / 1000) })).filter((s) => s.seconds >= 0);
  const fast = timed.filter((s) => s.seconds < limit);
  if (!fast.length) return null;
  const seconds = Math.min(...fast.map((s) => s.seconds));
  return { severity: "low", score: clamp(30 + (30 * (limit - seconds)) / limit + 5 * (fast.length - 1)), facts: { seconds, fastSteps: fast.length }, fast: fast.map((s) => s.step) };
}

/** An invoice's approval steps in order: each approval's moment (the releasing one at the payment's), from the step before. */
export function approvalSteps(submittedAt: Date | null, approvals: readonly { userId: number; at: Date }[]): TApprovalStep[] {
  if (!submittedAt) return [];
  const sorted = [...approvals].sort((a, b) => a.at.getTime() - b.at.getTime());
  return sorted.map((a, k) => ({ userId: a.userId, from: k === 0 ? submittedAt : sorted[k - 1]!.at, at: a.at }));
}

export const approvalFast = defineKind({
  id: "approval_fast",
  thresholds: "approvalFast",
  ocp: [],
  severities: ["low"],
  facts: ["seconds", "fastSteps"],
  detect: (colour, _own, config) =>
    colour.invoices.flatMap((inv) => {
      const releaser = colour.paymentOf.get(inv.id)?.actor_id ?? null;
      // The approval that released the payment happened at the invoice's paid_at; the others when they were recorded.
      const approvals = (colour.approvalsOf.get(inv.id) ?? []).map((d) => ({ userId: d.user_id, at: d.user_id === releaser && inv.paid_at ? inv.paid_at : d.decided_at }));
      const verdict = decideFastApproval(approvalSteps(inv.submitted_at, approvals), config.approvalFast);
      return found(verdict && { severity: verdict.severity, score: verdict.score, facts: verdict.facts }, {
        subjectType: "invoice",
        subjectId: String(inv.id),
        companyId: inv.issuer_id,
        evidence: { ...invoiceEvidence(colour, inv), users: verdict?.fast.map((s) => s.userId) ?? [] },
      });
    }),
});
