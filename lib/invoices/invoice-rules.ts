import "server-only";
import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { contextFromRow, loadPaymentContext, toPaymentAttempt, type TPaymentContext, type TPaymentRow } from "../ledger/invoice-payment";
import { RuleRefusal } from "../ledger/refusal";
import { sqlOf, type TSql } from "../ledger/sql";
import { checkInvoicePayment } from "../rules/purpose-rules";
import type { TRuleCode } from "../rules/types";

/**
 * Rules that judge the moment of payment, not the invoice: the payer's balance then, and who approved it.
 * Everything else (colour, payee, items, quantities, ceilings, advances) must already hold on submission.
 */
const PAYMENT_TIME: ReadonlySet<TRuleCode> = new Set(["INSUFFICIENT_BALANCE", "SECOND_APPROVAL_MISSING", "SELF_APPROVAL"]);

/**
 * Judges a just-written invoice by the same purpose rules, on the same data (invoice_payment_row), that
 * paying it will use; throws RuleRefusal so that the caller's transaction rolls back and nothing is kept.
 */
export async function assertSubmittable(txOrSql: Tx | TSql, invoiceId: number, now: Date): Promise<{ colourId: number }> {
  const ctx = await loadPaymentContext(typeof txOrSql === "function" ? txOrSql : sqlOf(txOrSql), invoiceId);
  if (!ctx) throw new NotFoundError("invoice");
  judgeSubmission(ctx, now);
  return { colourId: ctx.colour.id };
}

/**
 * assertSubmittable for an invoice just written in the ledger's own transaction (lib/invoices/save-invoice.ts), read
 * by its submission key: the statement can be sent behind the one that writes the invoice, before its id is known.
 */
export async function assertSubmittableByKey(sql: TSql, submissionKey: string, now: Date): Promise<void> {
  const [row] = await sql<TPaymentRow>(`SELECT r.* FROM invoice i, LATERAL invoice_payment_row(i.id) r WHERE i.submission_key = $1::text`, [submissionKey]);
  if (!row) throw new NotFoundError("invoice");
  judgeSubmission(contextFromRow(row), now);
}

/** Throws the rules' refusal of a submission (every rule but those of the payment moment), on its payment context. */
function judgeSubmission(ctx: TPaymentContext, now: Date) {
  const violations = checkInvoicePayment(toPaymentAttempt(ctx, [], now)).filter((v) => !PAYMENT_TIME.has(v.code));
  if (violations.length > 0) throw new RuleRefusal(violations);
}
