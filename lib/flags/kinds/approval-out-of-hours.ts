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

/**
 * Out of hours proper: on a day off, or further than `overtimeMinutes` from the working day (the night). An approval in
 * the overtime margin (18:00–20:00, 07:00–09:00 by default) is only "late": officials stay late at month's end, and one
 * late approval is not a pattern.
 */
export function isDeepOutOfHours(at: Date, c: TFlagConfig["approvalOutOfHours"]): boolean {
  const margin = c.overtimeMinutes / 60;
  return outOfHoursReason(at, { workStartHour: c.workStartHour - margin, workEndHour: c.workEndHour + margin, timeZone: TIME_ZONE, daysOffCount: c.daysOffAreOutOfHours }) !== null;
}

/** An approval an invoice received, with who gave it and when. */
export type TTimedApproval = { userId: number; at: Date };

/**
 * The approvals of one invoice that count (decision 0188): those on a day off or at night count on their own; those
 * in the overtime margin only when the same official approved at least `minOvertimeApprovals` invoices of the colour
 * outside working hours (`lateByUser`: that count per official, the night ones included) — a pattern, not one evening.
 */
export function countedOutOfHours(approvals: readonly TTimedApproval[], lateByUser: ReadonlyMap<number, number>, c: TFlagConfig["approvalOutOfHours"]): TTimedApproval[] {
  return approvals.filter((a) => isOutOfHours(a.at, c) && (isDeepOutOfHours(a.at, c) || (lateByUser.get(a.userId) ?? 0) >= c.minOvertimeApprovals));
}

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
  detect: (colour, _own, config) => {
    const c = config.approvalOutOfHours;
    // The approval that released a payment happened at the invoice's paid_at; the others when they were recorded.
    const timed = colour.invoices.map((inv) => {
      const releaser = colour.paymentOf.get(inv.id)?.actor_id ?? null;
      return { inv, times: (colour.approvalsOf.get(inv.id) ?? []).map((d) => ({ userId: d.user_id, at: d.user_id === releaser && inv.paid_at ? inv.paid_at : d.decided_at })) };
    });
    const lateByUser = new Map<number, number>();
    for (const { times } of timed) for (const userId of new Set(times.filter((t) => isOutOfHours(t.at, c)).map((t) => t.userId))) lateByUser.set(userId, (lateByUser.get(userId) ?? 0) + 1);
    return timed.flatMap(({ inv, times }) => {
      const out = countedOutOfHours(times, lateByUser, c);
      const verdict = decideOutOfHours(out.map((t) => t.at), c);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, times: out.map((t) => t.at.toISOString()) } }, {
        subjectType: "invoice",
        subjectId: String(inv.id),
        companyId: inv.issuer_id,
        evidence: { ...invoiceEvidence(colour, inv), users: out.map((t) => t.userId) },
      });
    });
  },
});
