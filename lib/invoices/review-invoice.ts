import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { approvalsNeeded, loadPaymentContext, payingSideOf, toPaymentAttempt } from "../ledger/invoice-payment";
import { withSqlTransaction } from "../ledger/sql";
import { checkInvoicePayment } from "../rules/purpose-rules";
import type { TRuleViolation } from "../rules/types";
import { NotFoundError } from "../errors";
import { assertPayingSide } from "./paying-side";

/**
 * What approving this invoice now would do, line by line: each line against its estimate item (quantity billed
 * before, ceiling) with the rules it breaks, the rules that concern the whole invoice, and how many approvals
 * the colour's threshold requires. The same rules run again, inside the transaction, when someone approves.
 */
export async function reviewInvoice({ actor, invoiceId, now = new Date() }: { actor: TActor; invoiceId: number; now?: Date }) {
  const ctx = await withSqlTransaction((sql) => loadPaymentContext(sql, invoiceId));
  if (!ctx) throw new NotFoundError("invoice");
  // Investigators read every invoice (issue 19) but never decide: the review then judges the approvals as they stand.
  const isInvestigator = actor.role === "investigator";
  if (!isInvestigator) assertPayingSide(actor, payingSideOf(ctx));
  // A draft is the contractor's own until it is submitted.
  if (ctx.invoice.status === "draft") throw new NotFoundError("invoice");
  const approvals = isInvestigator ? ctx.approvals : [...new Set([...ctx.approvals, actor.userId])];
  const violations = checkInvoicePayment(toPaymentAttempt(ctx, approvals, now));
  const needed = approvalsNeeded(ctx);
  const db = prisma();
  const [invoice, approvers] = await Promise.all([
    db.invoice.findUniqueOrThrow({
      where: { id: invoiceId },
      include: { lines: { include: { estimateItem: true }, orderBy: { id: "asc" } }, contract: { include: { contractor: true, project: true } } },
    }),
    db.user.findMany({ where: { id: { in: ctx.approvals } }, select: { id: true, name: true } }),
  ]);
  const estimate = new Map(ctx.estimate.map((e) => [e.code, e]));
  const byLine = (i: number) => violations.filter((v) => v.line === i);
  const blocking = (v: TRuleViolation) => v.code !== "SECOND_APPROVAL_MISSING";
  return {
    invoice,
    lines: invoice.lines.map((l, i) => {
      const e = estimate.get(l.estimateItem.code);
      return { line: l, contractQuantityMilli: e ? BigInt(e.quantity) : null, billedBeforeMilli: e ? BigInt(e.billed) : null, ceilingTiyn: e ? BigInt(e.ceiling) : null, violations: byLine(i) };
    }),
    invoiceViolations: violations.filter((v) => v.line === undefined && blocking(v)),
    needed,
    approvals: approvers,
    alreadyApprovedByMe: ctx.approvals.includes(actor.userId),
    wouldPay: violations.length === 0,
    wouldWait: violations.length > 0 && violations.every((v) => v.code === "SECOND_APPROVAL_MISSING"),
    colourId: ctx.colour.id,
    expiresAt: new Date(ctx.colour.expiresAt),
  };
}

/**
 * Approving now would only record a refused attempt: the review finds violations other than a missing second
 * approval. The page holds "Approve" back then; approveInvoice refuses such an approval all the same.
 */
export function approvalRefused(review: { wouldPay: boolean; wouldWait: boolean }): boolean {
  return !review.wouldPay && !review.wouldWait;
}
