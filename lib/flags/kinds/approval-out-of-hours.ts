import { outOfHoursReason } from "../../rules/working-calendar";
import type { TFlagConfig } from "../config";
import { clamp, type TVerdict } from "../decide";
import { invoiceEvidence } from "../facts";
import { defineKind, found } from "./kind";

const TIME_ZONE = "Asia/Almaty";

/** Why an approval falls outside working hours on Kazakhstan's calendar in Asia/Almaty (end hour exclusive), or null. */
export function outOfHoursWhy(at: Date, c: TFlagConfig["approvalOutOfHours"]): "day_off" | "before_hours" | "after_hours" | null {
  return outOfHoursReason(at, { workStartHour: c.workStartHour, workEndHour: c.workEndHour, timeZone: TIME_ZONE, daysOffCount: c.daysOffAreOutOfHours });
}

export const isOutOfHours = (at: Date, c: TFlagConfig["approvalOutOfHours"]): boolean => outOfHoursWhy(at, c) !== null;

export function decideOutOfHours(approvalTimes: readonly Date[], c: TFlagConfig["approvalOutOfHours"]): TVerdict | null {
  const out = approvalTimes.filter((t) => isOutOfHours(t, c));
  if (!out.length) return null;
  const onDaysOff = out.filter((t) => outOfHoursWhy(t, c) === "day_off").length;
  return { severity: "low", score: clamp(30 + 10 * (out.length - 1)), facts: { approvals: out.length, onDaysOff } };
}

export const approvalOutOfHours = defineKind({
  id: "approval_out_of_hours",
  thresholds: "approvalOutOfHours",
  ocp: [],
  severities: ["low"],
  facts: ["approvals", "onDaysOff", "times"],
  detect: (colour, _own, config) =>
    colour.invoices.flatMap((inv) => {
      // The approval that released a payment happened at the invoice's paid_at; the others when they were recorded.
      const releaser = colour.paymentOf.get(inv.id)?.actor_id ?? null;
      const times = (colour.approvalsOf.get(inv.id) ?? []).map((d) => ({ userId: d.user_id, at: d.user_id === releaser && inv.paid_at ? inv.paid_at : d.decided_at }));
      const verdict = decideOutOfHours(times.map((t) => t.at), config.approvalOutOfHours);
      const out = times.filter((t) => isOutOfHours(t.at, config.approvalOutOfHours));
      return found(verdict && { ...verdict, facts: { ...verdict.facts, times: out.map((t) => t.at.toISOString()) } }, {
        subjectType: "invoice",
        subjectId: String(inv.id),
        companyId: inv.issuer_id,
        evidence: { ...invoiceEvidence(colour, inv), users: out.map((t) => t.userId) },
      });
    }),
});
