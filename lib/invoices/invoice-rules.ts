import "server-only";
import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { loadPaymentContext, toPaymentAttempt } from "../ledger/invoice-payment";
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
  const violations = checkInvoicePayment(toPaymentAttempt(ctx, [], now)).filter((v) => !PAYMENT_TIME.has(v.code));
  if (violations.length > 0) throw new RuleRefusal(violations);
  return { colourId: ctx.colour.id };
}
