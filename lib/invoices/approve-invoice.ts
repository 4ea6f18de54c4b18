import "server-only";
import type { TActor } from "../actor";
import { approveInvoicePayment, type TApprovalOutcome } from "../ledger/invoice-approval";
import { isPayingSide } from "./paying-side";

export type { TApprovalOutcome } from "../ledger/invoice-approval";

/**
 * Approves an invoice. Invoices under a general contract are approved by officials of the project's
 * ministry, those under a subcontract by the paying contractor (anyone else: "not found"). The ledger does the
 * rest in one entry point (lib/ledger/invoice-approval.ts): when the approvals the colour's threshold requires
 * are complete the payment is posted in the same transaction; a refused payment rolls everything back and is
 * recorded as a refused attempt.
 */
export async function approveInvoice({ actor, invoiceId, now = new Date() }: { actor: TActor; invoiceId: number; now?: Date }): Promise<TApprovalOutcome> {
  return approveInvoicePayment({ actor, invoiceId, now, mayDecide: (side) => isPayingSide(actor, side) });
}
