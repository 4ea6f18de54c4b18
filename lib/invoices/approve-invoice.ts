import "server-only";
import type { TActor } from "../actor";
import { scheduleFlagRefresh } from "../flags/refresh-flags";
import { recordRefusal } from "../ledger/record-refusal";
import { RuleRefusal } from "../ledger/refusal";
import { submitApproval, type TApprovalOutcome } from "./approval-queue";

export type { TApprovalOutcome } from "./approval-queue";

/**
 * Approves an invoice. Invoices under a general contract are approved by officials of the project's
 * ministry, those under a subcontract by the paying contractor. When the approvals the colour's threshold
 * requires are complete, the payment is posted in the same transaction; a payment the rules refuse rolls
 * everything back (the approval too) and is recorded as a refused attempt. Approvals that arrive together may
 * share a transaction (lib/invoices/approval-queue.ts, decision 0053).
 */
export async function approveInvoice({ actor, invoiceId, now = new Date() }: { actor: TActor; invoiceId: number; now?: Date }): Promise<TApprovalOutcome> {
  const { context, outcome, error } = await submitApproval({ actor, invoiceId, now });
  if (error === undefined) {
    // After the commit, in the background: flags follow the money; a failed refresh never fails the payment.
    if (outcome!.transferId) scheduleFlagRefresh(context?.colour.id);
    return outcome!;
  }
  if (error instanceof RuleRefusal) {
    await recordRefusal({
      actor,
      colourId: context?.colour.id ?? null,
      organizationId: context?.invoice.issuer ?? null,
      documentType: "invoice",
      documentId: invoiceId,
      amountTiyn: context ? BigInt(context.invoice.total) : null,
      violations: error.violations,
    });
    scheduleFlagRefresh(context?.colour.id);
  }
  throw error;
}
