import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { invoiceEvidence } from "../facts";
import { defineKind, found } from "./kind";

const almatyParts = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Almaty", hour: "2-digit", minute: "2-digit", weekday: "short", hourCycle: "h23" });

/** Whether an instant is outside working hours in Asia/Almaty (end hour exclusive: 19:00 is out of hours). */
export function isOutOfHours(at: Date, c: TFlagConfig["approvalOutOfHours"]): boolean {
  const parts = Object.fromEntries(almatyParts.formatToParts(at).map((p) => [p.type, p.value]));
  if (c.weekendsAreOutOfHours && (parts.weekday === "Sat" || parts.weekday === "Sun")) return true;
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  return minutes < c.workStartHour * 60 || minutes >= c.workEndHour * 60;
}

export function decideOutOfHours(approvalTimes: readonly Date[], c: TFlagConfig["approvalOutOfHours"]): TVerdict | null {
  const out = approvalTimes.filter((t) => isOutOfHours(t, c));
  return out.length ? { severity: "low", score: clamp(30 + 10 * (out.length - 1)), facts: { approvals: out.length } } : null;
}

export const approvalOutOfHours = defineKind({
  id: "approval_out_of_hours",
  thresholds: "approvalOutOfHours",
  severities: ["low"],
  facts: ["approvals", "times"],
  detect: (colour, _own, config) =>
    colour.invoices.flatMap((inv) => {
      // The approval that released a payment happened at the invoice's paid_at; the others when they were recorded.
      const releaser = colour.paymentOf.get(inv.id)?.actor_id ?? null;
      const times = (colour.approvalsOf.get(inv.id) ?? []).map((d) => ({ userId: d.user_id, at: d.user_id === releaser && inv.paid_at ? inv.paid_at : d.decided_at }));
      const verdict = decideOutOfHours(times.map((t) => t.at), config.approvalOutOfHours);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, times: times.map((t) => t.at.toISOString()) } }, {
        subjectType: "invoice",
        subjectId: String(inv.id),
        companyId: inv.issuer_id,
        evidence: { ...invoiceEvidence(colour, inv), users: times.map((t) => t.userId) },
      });
    }),
});
