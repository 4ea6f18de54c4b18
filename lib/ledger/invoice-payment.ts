import "server-only";
import { approvalsNeeded as approvalsNeededFor, checkInvoicePayment } from "../rules/purpose-rules";
import { fromStoredRules } from "../rules/stored-rules";
import type { TEstimateItemState, TInvoicePaymentAttempt } from "../rules/types";
import { canonicalJson } from "./canonical-json";
import { postedFrom, type TPosted, type TPostedRow } from "./post-transfer";
import { ledgerRefusalFrom } from "./refusal";
import { RuleRefusal } from "./refusal";
import type { TSql } from "./sql";
import { actorIdOf, type TLedgerActor } from "./types";

/** What the rules judge about paying one invoice (amounts as decimal strings), from invoice_payment_row(). */
export type TPaymentContext = {
  invoice: { id: number; number: string; kind: "work" | "advance"; status: string; total: string; createdBy: number; issuer: number };
  lines: { code: string; quantity: string; price: string }[];
  approvals: number[];
  contract: { id: number; value: string; status: string; payer: number | null; contractor: number; colour: number; project: number; ministry: number };
  colour: { id: number; frozen: boolean; closed: boolean; expiresAt: Date | string; version: number; rules: unknown };
  payee: { id: number; name: string; kind: string; debarred: boolean } | null;
  payer: { account: string; balance: string; frozen: boolean };
  payeeAccount: string;
  estimate: { code: string; name: string; unit: string; quantity: string; ceiling: string; billed: string }[];
  advancesPaid: string;
};

/** One row of invoice_payment_row(): plain columns, and arrays for the lines and the contract's items. */
export type TPaymentRow = {
  invoiceId: number;
  number: string;
  kind: "work" | "advance";
  status: string;
  total: string;
  createdBy: number;
  issuer: number;
  contractId: number;
  contractValue: string;
  contractStatus: string;
  payer: number | null;
  contractor: number;
  contractColour: number;
  project: number;
  ministry: number;
  colourId: number;
  frozen: boolean;
  closed: boolean;
  expiresAt: Date | string;
  version: number;
  rules: unknown;
  payeeOrg: number | null;
  payeeName: string | null;
  payeeKind: string | null;
  payeeDebarred: boolean | null;
  payerAccount: string;
  payerBalance: string;
  payerFrozen: boolean;
  payeeAccount: string;
  lineCodes: string[];
  lineQuantities: string[];
  linePrices: string[];
  approvals: number[];
  itemCodes: string[];
  itemNames: string[];
  itemUnits: string[];
  itemQuantities: string[];
  itemCeilings: string[];
  itemBilled: string[];
  advancesPaid: string;
};

export function contextFromRow(r: TPaymentRow): TPaymentContext {
  return {
    invoice: { id: r.invoiceId, number: r.number, kind: r.kind, status: r.status, total: r.total, createdBy: r.createdBy, issuer: r.issuer },
    lines: r.lineCodes.map((code, i) => ({ code, quantity: r.lineQuantities[i]!, price: r.linePrices[i]! })),
    approvals: r.approvals.map(Number),
    contract: { id: r.contractId, value: r.contractValue, status: r.contractStatus, payer: r.payer, contractor: r.contractor, colour: r.contractColour, project: r.project, ministry: r.ministry },
    colour: { id: r.colourId, frozen: r.frozen, closed: r.closed, expiresAt: r.expiresAt, version: r.version, rules: r.rules },
    payee: r.payeeOrg == null ? null : { id: r.payeeOrg, name: r.payeeName!, kind: r.payeeKind!, debarred: r.payeeDebarred! },
    payer: { account: r.payerAccount, balance: r.payerBalance, frozen: r.payerFrozen },
    payeeAccount: r.payeeAccount,
    estimate: r.itemCodes.map((code, i) => ({ code, name: r.itemNames[i]!, unit: r.itemUnits[i]!, quantity: r.itemQuantities[i]!, ceiling: r.itemCeilings[i]!, billed: r.itemBilled[i]! })),
    advancesPaid: r.advancesPaid,
  };
}

/** Reads (and locks) everything about paying one invoice in one round trip; null when there is no such invoice. */
export async function loadPaymentContext(sql: TSql, invoiceId: number): Promise<TPaymentContext | null> {
  const [row] = await sql<TPaymentRow>(`SELECT * FROM invoice_payment_row($1::int)`, [invoiceId]);
  return row ? contextFromRow(row) : null;
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
    // Under a subcontract the prices are held to the paying contractor's contract, not to the estimate.
    contract: { valueTiyn: BigInt(ctx.contract.value), advancesPaidTiyn: BigInt(ctx.advancesPaid), ceilingTier: ctx.contract.payer == null ? "estimate" : "contract" },
  };
}

/**
 * Who pays the invoice, as plain ids: the project's ministry under a general contract (payerCompanyId null), the
 * paying contractor under a subcontract. Who may act for them is the caller's question (lib/invoices/paying-side.ts).
 */
export type TPayingSide = { ministryId: number; payerCompanyId: number | null };

export function payingSideOf(ctx: TPaymentContext): TPayingSide {
  return { ministryId: ctx.contract.ministry, payerCompanyId: ctx.contract.payer };
}

/** How many approvals the colour's threshold asks of this invoice before it is paid (the rule: lib/rules). */
export function approvalsNeeded(ctx: TPaymentContext): 1 | 2 {
  return approvalsNeededFor(BigInt(ctx.invoice.total), fromStoredRules(ctx.colour.rules, ctx.colour.version, new Date(ctx.colour.expiresAt)));
}

/** A statement and its parameters, ready for `sql`, or for a message that carries several (lib/ledger/invoice-approval.ts). */
export type TStatement = { text: string; params: unknown[] };

/** The columns of invoice_pay(), in order: one row of a VALUES list when payments go in one statement. */
export const INVOICE_PAY_ARGS = "$1::int, $2::int, $3::bigint, $4::bigint, $5::bigint, $6::int, $7::int, $8::boolean, $9::jsonb, $10::timestamptz";

/**
 * Judges the payment by every purpose rule and, if none refuses, gives the one statement (invoice_pay) that marks
 * the invoice paid, posts the payment and records the approving decision. No idempotency key: the invoice row,
 * locked since the context was read, is what makes paying it idempotent — invoice_pay() moves it to "paid" only
 * from submitted/approved, in the same statement as the posting.
 */
export function paymentStatement(ctx: TPaymentContext, { actor, approvals, now, historic = false }: { actor: TLedgerActor; approvals: readonly number[]; now: Date; historic?: boolean }): TStatement {
  const violations = checkInvoicePayment(toPaymentAttempt(ctx, approvals, now));
  if (violations.length > 0) throw new RuleRefusal(violations);
  // The decision that released the payment is journalled with it; replayed history with its own moment (0144).
  const note = canonicalJson({ approvedBy: approvals, releasedBy: actor.userId, ...(historic ? { at: now.toISOString() } : {}) });
  return {
    text: `SELECT transfer_id, journal_seq, replayed FROM invoice_pay(${INVOICE_PAY_ARGS})`,
    params: [ctx.invoice.id, ctx.colour.id, BigInt(ctx.payer.account), BigInt(ctx.payeeAccount), BigInt(ctx.invoice.total), actorIdOf(actor), actor.userId, !ctx.approvals.includes(actor.userId), note, now],
  };
}

/** Pays the invoice in the current transaction: paymentStatement(), run by `sql` (which may send it with the COMMIT). */
export async function payInvoice(sql: TSql, ctx: TPaymentContext, options: { actor: TLedgerActor; approvals: readonly number[]; now: Date }): Promise<TPosted> {
  const { text, params } = paymentStatement(ctx, options);
  try {
    const [row] = await sql<TPostedRow>(text, params);
    return postedFrom(row!);
  } catch (error) {
    throw ledgerRefusalFrom(error) ?? error;
  }
}
