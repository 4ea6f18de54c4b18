import "server-only";
import type { TActor } from "../actor";
import { fromStoredRules } from "../allocations/purpose-rules-json";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { scheduleFlagRefresh } from "../flags/refresh-flags";
import { loadPaymentContext, payInvoice, type TPaymentContext } from "../ledger/invoice-payment";
import { recordRefusal } from "../ledger/record-refusal";
import { RuleRefusal } from "../ledger/refusal";
import { withSqlTransaction } from "../ledger/sql";
import { assertContractorFor, assertOfficialFor } from "../scope";

export type TApprovalOutcome = { status: "awaiting_second_approval" | "paid"; transferId?: bigint };

/**
 * Approves an invoice. Invoices under a general contract are approved by officials of the project's
 * ministry, those under a subcontract by the paying contractor. When the approvals the colour's threshold
 * requires are complete, the payment is posted in the same transaction; a payment the rules refuse rolls
 * everything back (the approval too) and is recorded as a refused attempt.
 */
export async function approveInvoice({ actor, invoiceId, now = new Date() }: { actor: TActor; invoiceId: number; now?: Date }): Promise<TApprovalOutcome> {
  let context: TPaymentContext | null = null;
  try {
    const outcome = await withSqlTransaction(async (sql, last) => {
      const ctx = await loadPaymentContext(sql, invoiceId);
      if (!ctx) throw new NotFoundError("invoice");
      context = ctx;
      // Someone outside the paying side gets "not found", the same as for an invoice that does not exist.
      try {
        if (ctx.contract.payer == null) assertOfficialFor(actor, ctx.contract.ministry);
        else assertContractorFor(actor, ctx.contract.payer);
      } catch (error) {
        throw error instanceof ForbiddenError ? new NotFoundError("invoice") : error;
      }
      if (ctx.invoice.status === "paid") return { status: "paid" as const };
      if (ctx.invoice.status !== "submitted" && ctx.invoice.status !== "approved") throw new DomainError("INVOICE_NOT_SUBMITTED", { status: ctx.invoice.status });
      if (ctx.invoice.createdBy === actor.userId) {
        throw new RuleRefusal([{ code: "SELF_APPROVAL", params: { invoice: ctx.invoice.number, user: String(actor.userId) }, message: `Invoice ${ctx.invoice.number}: its creator cannot approve it.` }]);
      }
      const approvals = [...new Set([...ctx.approvals, actor.userId])];
      const rules = fromStoredRules(ctx.colour.rules, ctx.colour.version, new Date(ctx.colour.expiresAt));
      const needed = BigInt(ctx.invoice.total) >= rules.approvalThresholdTiyn ? 2 : 1;
      if (approvals.length < needed) {
        // Dated `now`: the bulk import passes the historic moment, as it does for a payment's paid_at.
        if (!ctx.approvals.includes(actor.userId)) await last(`SELECT invoice_record_approval($1::int, $2::int, $3::int, $4::timestamptz)`, [invoiceId, actor.userId, ctx.colour.id, now]);
        return { status: "awaiting_second_approval" as const };
      }
      const posted = await payInvoice(last, ctx, { actor, approvals, now });
      return { status: "paid" as const, transferId: posted.transferId };
    });
    // After the commit, in the background: flags follow the money; a failed refresh never fails the payment.
    if (outcome.transferId) scheduleFlagRefresh((context as TPaymentContext | null)?.colour.id);
    return outcome;
  } catch (error) {
    if (error instanceof RuleRefusal) {
      const ctx = context as TPaymentContext | null;
      await recordRefusal({
        actor,
        colourId: ctx?.colour.id ?? null,
        organizationId: ctx?.invoice.issuer ?? null,
        documentType: "invoice",
        documentId: invoiceId,
        amountTiyn: ctx ? BigInt(ctx.invoice.total) : null,
        violations: error.violations,
      });
      scheduleFlagRefresh(ctx?.colour.id);
    }
    throw error;
  }
}
