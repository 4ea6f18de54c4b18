import "server-only";
import type { TActor } from "../actor";
import { fromStoredRules } from "../allocations/purpose-rules-json";
import { checkInvoicePayment } from "../rules/purpose-rules";
import type { TEstimateItemState, TInvoicePaymentAttempt } from "../rules/types";
import { ledgerPostStatement, postedFrom, type TPosted, type TPostedRow } from "./post-transfer";
import { ledgerRefusalFrom } from "./refusal";
import { RuleRefusal } from "./refusal";
import type { TSql } from "./sql";

/** What invoice_payment_context() returns (amounts as decimal strings). */
export type TPaymentContext = {
  invoice: { id: number; number: string; kind: "work" | "advance"; status: string; total: string; createdBy: number; issuer: number };
  lines: { code: string; quantity: string; price: string }[];
  approvals: number[];
  contract: { id: number; value: string; status: string; payer: number | null; contractor: number; colour: number; project: number; ministry: number };
  colour: { id: number; frozen: boolean; closed: boolean; expiresAt: string; version: number; rules: unknown };
  payee: { id: number; name: string; kind: string; debarred: boolean } | null;
  payer: { account: string; balance: string; frozen: boolean };
  payeeAccount: string;
  estimate: { code: string; name: string; unit: string; quantity: string; ceiling: string; billed: string }[];
  advancesPaid: string;
};

/** Reads (and locks) everything about paying one invoice in one round trip; null when there is no such invoice. */
export async function loadPaymentContext(sql: TSql, invoiceId: number): Promise<TPaymentContext | null> {
  const [row] = await sql<{ ctx: TPaymentContext | null }>(`SELECT invoice_payment_context($1::int) AS ctx`, [invoiceId]);
  return row?.ctx ?? null;
}

export function toPaymentAttempt(ctx: TPaymentContext, approvals: readonly number[], now: Date): TInvoicePaymentAttempt {
  const estimate = new Map<string, TEstimateItemState>(
    ctx.estimate.map((e) => [e.code, { code: e.code, name: e.name, unit: e.unit, quantityMilli: BigInt(e.quantity), ceilingUnitPriceTiyn: BigInt(e.ceiling), billedMilli: BigInt(e.billed) }]),
  );
  return {
    now,
    colour: { id: ctx.colour.id, isFrozen: ctx.colour.frozen, isClosed: ctx.colour.closed, rules: fromStoredRules(ctx.colour.rules, ctx.colour.version, new Date(ctx.colour.expiresAt)) },
    payer: { balanceTiyn: BigInt(ctx.payer.balance), isFrozen: ctx.payer.frozen },
    payee: {
      organizationId: ctx.contract.contractor,
      name: ctx.payee?.name ?? String(ctx.contract.contractor),
      isRegistered: ctx.payee?.kind === "company",
      isDebarred: ctx.payee?.debarred ?? false,
      isInContractChain: ctx.contract.colour === ctx.colour.id && ctx.contract.status === "active",
    },
    invoice: {
      id: ctx.invoice.id,
      number: ctx.invoice.number,
      kind: ctx.invoice.kind,
      lines: ctx.lines.map((l) => ({ itemCode: l.code, quantityMilli: BigInt(l.quantity), unitPriceTiyn: BigInt(l.price) })),
      createdByUserId: ctx.invoice.createdBy,
      approvals: approvals.map((userId) => ({ userId })),
      isAlreadyPaid: ctx.invoice.status === "paid",
    },
    estimate,
    contract: { valueTiyn: BigInt(ctx.contract.value), advancesPaidTiyn: BigInt(ctx.advancesPaid) },
  };
}

/**
 * Judges the payment by every purpose rule and, if none refuses, posts it, records the approving decision
 * and marks the invoice paid — one statement, which `sql` may send together with the COMMIT.
 */
export async function payInvoice(sql: TSql, ctx: TPaymentContext, { actor, approvals, now }: { actor: TActor; approvals: readonly number[]; now: Date }): Promise<TPosted> {
  const violations = checkInvoicePayment(toPaymentAttempt(ctx, approvals, now));
  if (violations.length > 0) throw new RuleRefusal(violations);
  const post = ledgerPostStatement({
    colourId: ctx.colour.id,
    fromAccountId: BigInt(ctx.payer.account),
    toAccountId: BigInt(ctx.payeeAccount),
    amountTiyn: BigInt(ctx.invoice.total),
    kind: "payment",
    documentType: "invoice",
    documentId: ctx.invoice.id,
    actorId: actor.isSystem ? null : actor.userId,
    // One invoice is paid once, whoever asks and however often.
    idempotencyKey: `invoice:${ctx.invoice.id}`,
    // The decision that released the payment is journalled with it.
    note: { approvedBy: approvals, releasedBy: actor.userId },
  });
  const n = post.params.length;
  // The approval is recorded after the posting: the FROM item is evaluated before the select list.
  const text = `SELECT posted.transfer_id, posted.journal_seq, posted.replayed,
      invoice_record_approval($${n + 1}::int, $${n + 2}::int, $${n + 3}::int, $${n + 4}::timestamptz)
    FROM ${post.call} AS posted`;
  try {
    const [row] = await sql<TPostedRow>(text, [...post.params, ctx.invoice.id, actor.userId, ctx.colour.id, now]);
    return postedFrom(row!);
  } catch (error) {
    throw ledgerRefusalFrom(error) ?? error;
  }
}
