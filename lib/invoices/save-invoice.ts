import "server-only";
import type { TActor } from "../actor";
import { prisma, type Tx } from "../db";
import type { Invoice } from "../generated/prisma/client";
import { DomainError, NotFoundError } from "../errors";
import { scheduleFlagRefresh } from "../flags/refresh-flags";
import { historicMoment, historyAt } from "../ledger/history-moment";
import { appendJournal, journalAppendStatement } from "../ledger/journal";
import { recordRefusal } from "../ledger/record-refusal";
import { withSqlTransaction } from "../ledger/sql";
import { ledgerTransaction } from "../ledger/transaction";
import { RuleRefusal } from "../ledger/refusal";
import { lineAmountTiyn } from "../rules/amounts";
import { companyOf } from "../scope";
import { assertSubmittable, assertSubmittableByKey } from "./invoice-rules";

export type TSaveInvoice = {
  contractId: number;
  number: string;
  kind: "work" | "advance";
  issuedOn: Date;
  lines: { estimateItemId: number; quantityMilli: bigint; unitPriceTiyn: bigint }[];
  /** Generated per form render: the same key twice (double click, retry) gives back the first invoice. */
  submissionKey: string;
  /** A draft is kept without judging; a submission must pass every purpose rule that does not depend on the payment moment. */
  intent: "draft" | "submit";
};

type TLines = Pick<TSaveInvoice, "number" | "lines">;

/** Lines only of the contract's own items, with positive quantities and prices; amounts computed here, never taken from the form. */
function checkedLines(items: readonly { estimateItemId: number }[], input: TLines) {
  if (input.lines.length === 0) throw new DomainError("EMPTY_INVOICE", { invoice: input.number });
  const covered = new Set(items.map((i) => i.estimateItemId));
  for (const line of input.lines) {
    if (!covered.has(line.estimateItemId)) throw new DomainError("ITEM_NOT_IN_CONTRACT", { item: String(line.estimateItemId) });
    if (line.quantityMilli <= 0n || line.unitPriceTiyn <= 0n) throw new DomainError("NON_POSITIVE_AMOUNT", { subject: String(line.estimateItemId) });
  }
  const lines = input.lines.map((l) => ({ ...l, amountTiyn: lineAmountTiyn(l.quantityMilli, l.unitPriceTiyn) }));
  return { lines, totalTiyn: lines.reduce((a, l) => a + l.amountTiyn, 0n) };
}

/**
 * A submission naming an estimate item outside its contract is refused before any rule runs (checkedLines); it is a
 * refused attempt all the same (ITEM_NOT_IN_ESTIMATE), recorded for investigators at the submission's moment, like the
 * rules' refusals (issue 15, decision 0159). A draft is not an attempt: nothing is recorded for it.
 */
async function recordItemRefusal(r: { actor: TActor; error: unknown; colourId: number; org: number; invoiceId: number | null; input: TLines; now: Date }) {
  if (!(r.error instanceof DomainError) || r.error.code !== "ITEM_NOT_IN_CONTRACT") return;
  const id = Number(r.error.params.item);
  const item = Number.isSafeInteger(id) ? await prisma().estimateItem.findUnique({ where: { id }, select: { code: true } }) : null;
  const code = item?.code ?? String(r.error.params.item);
  const totalTiyn = r.input.lines.reduce((a, l) => a + (l.quantityMilli > 0n && l.unitPriceTiyn > 0n ? lineAmountTiyn(l.quantityMilli, l.unitPriceTiyn) : 0n), 0n);
  await recordRefusal({
    actor: r.actor,
    colourId: r.colourId,
    organizationId: r.org,
    documentType: "invoice_submission",
    documentId: r.invoiceId,
    amountTiyn: totalTiyn,
    at: r.now,
    violations: [{ code: "ITEM_NOT_IN_ESTIMATE", params: { item: code }, message: `Item not in the estimate: ${code} is not an item of the contract's estimate.` }],
  });
  scheduleFlagRefresh(r.colourId);
}

/** A unique key taken (the issuer's number, the submission key): Prisma's P2002, or the pg driver's SQLSTATE 23505. */
const isUniqueViolation = (error: unknown) => error instanceof Error && "code" in error && ((error as { code: unknown }).code === "P2002" || (error as { code: unknown }).code === "23505");

/** An array parameter as PostgreSQL's text form ({1,2,3}): integers only, so that it can be written into a statement. */
const arrayLiteral = (values: readonly (number | bigint)[]) => `{${values.map(String).join(",")}}`;

/**
 * Writes the invoice and its lines in one statement (the lines in the form's order), the replayed history's moment
 * set in it when there is one. Sent with BEGIN in one message (lib/ledger/sql.ts).
 */
function insertInvoiceStatement(row: { contractId: number; issuerId: number; number: string; kind: string; status: string; totalTiyn: bigint; issuedOn: Date; createdById: number; submittedAt: Date | null; submissionKey: string }, lines: readonly { estimateItemId: number; quantityMilli: bigint; unitPriceTiyn: bigint; amountTiyn: bigint }[], historic: Date | undefined) {
  return {
    text: `WITH inv AS (
        INSERT INTO invoice (contract_id, issuer_id, number, kind, status, total_tiyn, issued_on, created_by_id, submitted_at, submission_key)
        VALUES ($1::int, $2::int, $3::text, $4::"InvoiceKind", $5::"InvoiceStatus", $6::bigint, $7::date, $8::int, $9::timestamptz, $10::text)
        RETURNING id, created_at),
      ln AS (
        INSERT INTO invoice_line (invoice_id, estimate_item_id, quantity_milli, unit_price_tiyn, amount_tiyn)
        SELECT inv.id, x.e, x.q, x.p, x.a FROM inv, unnest($11::int[], $12::bigint[], $13::bigint[], $14::bigint[]) WITH ORDINALITY AS x(e, q, p, a, o) ORDER BY x.o)
      SELECT inv.id, inv.created_at${historic ? ", set_config($15::text, $16::text, true) AS history_at" : ""} FROM inv`,
    params: [
      row.contractId,
      row.issuerId,
      row.number,
      row.kind,
      row.status,
      row.totalTiyn,
      row.issuedOn.toISOString().slice(0, 10),
      row.createdById,
      row.submittedAt,
      row.submissionKey,
      arrayLiteral(lines.map((l) => l.estimateItemId)),
      arrayLiteral(lines.map((l) => l.quantityMilli)),
      arrayLiteral(lines.map((l) => l.unitPriceTiyn)),
      arrayLiteral(lines.map((l) => l.amountTiyn)),
      ...(historic ? historyAt(historic) : []),
    ],
  };
}

/**
 * A company's invoice against one of its own contracts (a general contract or a subcontract). Submitting runs
 * the purpose rules inside the transaction that writes the invoice; a refusal keeps nothing and is recorded
 * as a refused attempt for investigators.
 *
 * A submission key seen before answers with the invoice it made. If that request kept a draft and this one
 * submits (the form's "Save draft" went through but its answer was lost, then "Submit" was pressed on the same
 * form), the draft is rewritten with this request's lines and submitted through the rules, as the draft form
 * would — never silently handed back as a draft.
 *
 * Written through the ledger's own transaction (lib/ledger/sql.ts), not the ORM (decision 0248): the key and the
 * contract are read in one statement sent with BEGIN (decision 0291), the invoice and its lines written in one, the
 * rules' context read right behind it on the pipelined connection and the journal entry sent with COMMIT — three
 * waits in one transaction where there were eleven round trips, the same rows, rules and journal entry.
 */
export async function saveInvoice({ actor, input, now = new Date() }: { actor: TActor; input: TSaveInvoice; now?: Date }): Promise<Invoice> {
  const org = companyOf(actor);
  const db = prisma();
  const replay = async () => {
    const existing = await db.invoice.findUnique({ where: { submissionKey: input.submissionKey } });
    if (!existing) return null;
    if (existing.issuerId !== org) throw new NotFoundError("invoice");
    if (existing.status !== "draft" || input.intent !== "submit") return existing;
    if (existing.contractId !== input.contractId) throw new DomainError("SUBMISSION_KEY_OTHER_CONTRACT", { number: existing.number });
    return updateDraftInvoice({ actor, invoiceId: existing.id, input: { number: input.number, kind: input.kind, issuedOn: input.issuedOn, lines: input.lines, intent: "submit" }, now });
  };
  // Whether the key was seen before, and the company's own contract with its items: the transaction's first statement,
  // sent with BEGIN (decision 0291). A key seen before is answered after that transaction, which wrote nothing.
  const submit = input.intent === "submit";
  // What the transaction learnt, for the refusal recorded after its rollback.
  const known: { contract: { id: number; colourId: number } | null; totalTiyn: bigint | null } = { contract: null, totalTiyn: null };
  let seenBefore = false;
  for (;;) {
    const ignoreSeen = seenBefore;
    try {
      const saved = await withSqlTransaction(async (sql, last) => {
        known.contract = null;
        const [found] = await sql<{ seen: boolean; id: number | null; colour_id: number | null; items: number[] | null }>(
          `SELECT EXISTS (SELECT 1 FROM invoice WHERE submission_key = $1::text) AS seen, c.id, c.colour_id,
              (SELECT coalesce(array_agg(ci.estimate_item_id ORDER BY ci.estimate_item_id), ARRAY[]::int[]) FROM contract_item ci WHERE ci.contract_id = c.id) AS items
            FROM (SELECT 1) one LEFT JOIN contract c ON c.id = $2::int AND c.contractor_id = $3::int`,
          [input.submissionKey, input.contractId, org],
        );
        if (found!.seen && !ignoreSeen) return null;
        if (found!.id == null) throw new NotFoundError("contract");
        const contract = { id: found!.id, colourId: found!.colour_id! };
        known.contract = contract;
        const { lines, totalTiyn: total } = checkedLines((found!.items ?? []).map((estimateItemId) => ({ estimateItemId })), input);
        known.totalTiyn = total;
        const row = { contractId: contract.id, issuerId: org, number: input.number, kind: input.kind, status: submit ? "submitted" : "draft", totalTiyn: total, issuedOn: input.issuedOn, createdById: actor.userId, submittedAt: submit ? now : null, submissionKey: input.submissionKey } as const;
        const insert = insertInvoiceStatement(row, lines, historicMoment());
        // A submission's rules are judged on the context read right behind the insert (one round trip for both, on
        // the pipelined connection: lib/db.ts); a failed insert fails the read behind it, and its own error is thrown.
        const [[written]] = await Promise.all([sql<{ id: number; created_at: Date }>(insert.text, insert.params), ...(submit ? [assertSubmittableByKey(sql, input.submissionKey, now)] : [])]);
        const invoice: Invoice = { ...row, id: written!.id, createdAt: new Date(written!.created_at), paidAt: null };
        if (submit) {
          const journal = journalAppendStatement(contract.colourId, "submit", { invoice: invoice.id, number: invoice.number, issuer: org, total: total.toString(), actor: actor.userId });
          await last(journal.text, journal.params);
        }
        return invoice;
      });
      if (saved === null) {
        // The key was seen: the invoice it made (or its draft, rewritten and submitted). If it is gone, save anew.
        seenBefore = true;
        const first = await replay();
        if (first) return first;
        continue;
      }
      // After the commit, in the background: a submitted invoice counts in the split, duplicate and markup flags.
      if (submit) scheduleFlagRefresh(known.contract?.colourId ?? null);
      return saved;
    } catch (error) {
      const colourId = known.contract?.colourId;
      if (colourId != null && submit) await recordItemRefusal({ actor, error, colourId, org, invoiceId: null, input, now });
      if (isUniqueViolation(error)) {
        const again = await replay();
        if (again) return again;
        throw new DomainError("INVOICE_NUMBER_TAKEN", { number: input.number });
      }
      if (colourId != null && error instanceof RuleRefusal) {
        await recordRefusal({ actor, colourId, organizationId: org, documentType: "invoice_submission", documentId: null, amountTiyn: known.totalTiyn, at: now, violations: error.violations });
        // A refused attempt counts in the repeated-refusals flag.
        scheduleFlagRefresh(colourId);
      }
      throw error;
    }
  }
}

/**
 * Locks one of the company's own invoices, or reports it as not found. The colour's journal head is locked first:
 * a payment takes the head and then the invoice (decision 0053), and a withdrawal or submission that held the
 * invoice while waiting for the head (to journal itself) deadlocked with it (issue 13, decision 0077). The
 * contract's colour never changes, so reading it before the locks is safe; the lookup is scoped to the company,
 * so nobody can hold up another company's colour by guessing invoice ids.
 */
async function lockOwnInvoice(tx: Tx, org: number, invoiceId: number) {
  await tx.$executeRaw`SELECT journal_lock(c.colour_id) FROM invoice i JOIN contract c ON c.id = i.contract_id WHERE i.id = ${invoiceId} AND i.issuer_id = ${org}`;
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM invoice WHERE id = ${invoiceId} AND issuer_id = ${org} FOR UPDATE`;
  if (!row) throw new NotFoundError("invoice");
  return tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { contract: { select: { colourId: true } } } });
}

/** Sends a draft to the payer: the purpose rules judge it first, as for a direct submission. */
export async function submitDraftInvoice({ actor, invoiceId, now = new Date() }: { actor: TActor; invoiceId: number; now?: Date }) {
  const org = companyOf(actor);
  let colourId: number | null = null;
  let total: bigint | null = null;
  try {
    const submitted = await ledgerTransaction(async (tx) => {
      const invoice = await lockOwnInvoice(tx, org, invoiceId);
      colourId = invoice.contract.colourId;
      total = invoice.totalTiyn;
      if (invoice.status === "submitted") return invoice;
      if (invoice.status !== "draft") throw new DomainError("INVOICE_NOT_DRAFT", { status: invoice.status });
      const updated = await tx.invoice.update({ where: { id: invoiceId }, data: { status: "submitted", submittedAt: now } });
      await assertSubmittable(tx, invoiceId, now);
      await appendJournal(tx, invoice.contract.colourId, "submit", { invoice: invoice.id, number: invoice.number, issuer: org, total: invoice.totalTiyn.toString(), actor: actor.userId });
      return updated;
    });
    scheduleFlagRefresh(colourId);
    return submitted;
  } catch (error) {
    if (error instanceof RuleRefusal) {
      await recordRefusal({ actor, colourId, organizationId: org, documentType: "invoice_submission", documentId: invoiceId, amountTiyn: total, at: now, violations: error.violations });
      scheduleFlagRefresh(colourId);
    }
    throw error;
  }
}

/** Takes back a draft or a submitted invoice that nobody has approved yet. */
export async function withdrawInvoice({ actor, invoiceId }: { actor: TActor; invoiceId: number }) {
  const org = companyOf(actor);
  let withdrawnFrom: number | null = null;
  // Retried as a whole on a deadlock or serialization failure (lock orders of other writers are not ours to
  // control): the contractor is never shown a database error for a race it did not cause.
  const withdrawn = await ledgerTransaction(async (tx) => {
    withdrawnFrom = null;
    const invoice = await lockOwnInvoice(tx, org, invoiceId);
    if (invoice.status === "withdrawn") return invoice;
    if (invoice.status === "submitted") withdrawnFrom = invoice.contract.colourId;
    if (invoice.status !== "draft" && invoice.status !== "submitted") throw new DomainError("INVOICE_NOT_WITHDRAWABLE", { status: invoice.status });
    const updated = await tx.invoice.update({ where: { id: invoiceId }, data: { status: "withdrawn" } });
    if (invoice.status === "submitted") await appendJournal(tx, invoice.contract.colourId, "withdraw", { invoice: invoice.id, actor: actor.userId });
    return updated;
  });
  // A withdrawn invoice no longer counts in the invoice flags.
  scheduleFlagRefresh(withdrawnFrom);
  return withdrawn;
}

export type TUpdateDraft = Omit<TSaveInvoice, "contractId" | "submissionKey">;

/**
 * Rewrites a draft (number, kind, date, lines) and keeps it as a draft or submits it through the rules, in one
 * transaction. Sending the same submission again finds it submitted and returns it.
 */
export async function updateDraftInvoice({ actor, invoiceId, input, now = new Date() }: { actor: TActor; invoiceId: number; input: TUpdateDraft; now?: Date }) {
  const org = companyOf(actor);
  let colourId: number | null = null;
  let total: bigint | null = null;
  try {
    const saved = await ledgerTransaction(async (tx) => {
      const invoice = await lockOwnInvoice(tx, org, invoiceId);
      colourId = invoice.contract.colourId;
      if (invoice.status === "submitted" && input.intent === "submit") return invoice;
      if (invoice.status !== "draft") throw new DomainError("INVOICE_NOT_DRAFT", { status: invoice.status });
      const items = await tx.contractItem.findMany({ where: { contractId: invoice.contractId }, select: { estimateItemId: true } });
      const { lines, totalTiyn } = checkedLines(items, input);
      total = totalTiyn;
      const submit = input.intent === "submit";
      await tx.invoiceLine.deleteMany({ where: { invoiceId } });
      const updated = await tx.invoice.update({
        where: { id: invoiceId },
        data: { number: input.number, kind: input.kind, issuedOn: input.issuedOn, totalTiyn, status: submit ? "submitted" : "draft", submittedAt: submit ? now : null, lines: { create: lines } },
      });
      if (submit) {
        await assertSubmittable(tx, invoiceId, now);
        await appendJournal(tx, invoice.contract.colourId, "submit", { invoice: invoiceId, number: input.number, issuer: org, total: totalTiyn.toString(), actor: actor.userId });
      }
      return updated;
    });
    if (input.intent === "submit") scheduleFlagRefresh(colourId);
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("INVOICE_NUMBER_TAKEN", { number: input.number });
    if (input.intent === "submit" && colourId != null) await recordItemRefusal({ actor, error, colourId, org, invoiceId, input, now });
    if (error instanceof RuleRefusal) {
      await recordRefusal({ actor, colourId, organizationId: org, documentType: "invoice_submission", documentId: invoiceId, amountTiyn: total, at: now, violations: error.violations });
      scheduleFlagRefresh(colourId);
    }
    throw error;
  }
}
