import "server-only";
import type pg from "pg";
import { ledgerPool } from "../db";
import { env } from "../env";
import { DomainError, NotFoundError } from "../errors";
import { checkSelfApproval } from "../rules/purpose-rules";
import { publishLedgerEvent } from "./events";
import { approvalsNeeded, contextFromRow, INVOICE_PAY_ARGS, loadPaymentContext, payingSideOf, paymentStatement, type TPayingSide, type TPaymentContext, type TPaymentRow, type TStatement } from "./invoice-payment";
import { HISTORY_AND_DECISION_AT_STATEMENT, historicDecisionMoment, historicMoment, historyAndDecisionAt } from "./history-moment";
import { postedFrom, type TPostedRow } from "./post-transfer";
import { recordRefusal } from "./record-refusal";
import { ledgerRefusalFrom, RuleRefusal } from "./refusal";
import { BEGIN_LEDGER, bigintTypes, inlined, rowsOf, withSqlTransaction } from "./sql";
import { takeBatch } from "./take-batch";
import type { TLedgerActor } from "./types";

// The ledger's entry point for paying an invoice: approveInvoicePayment (at the end of this file). An approval
// that completes the approvals the colour requires pays the invoice in the same transaction.
//
// Approvals go through a queue (decision 0053). One waiting alone is run in a transaction of its own, as it always
// was: lock and read the invoice's payment context, judge it, then one statement sent with the COMMIT. Several
// waiting at once — the payment office on a busy afternoon — share one transaction: their contexts are read by one
// statement, each is judged on its own by the same code, their payments are posted by one statement, and one COMMIT
// (one WAL flush, two round trips) serves them all. Each payment is still checked, posted and journalled on its
// own; what they share is the transaction, so a failure rolls all of them back, and each is then run on its own.

export type TApprovalOutcome = { status: "awaiting_second_approval" | "paid"; transferId?: bigint };

export type TApprovalRequest = {
  actor: TLedgerActor;
  invoiceId: number;
  now: Date;
  /**
   * Whether `actor` may decide for this paying side: the caller's access rule (lib/invoices/paying-side.ts), asked
   * with the ids read under the invoice's lock. False reads as "not found", as for an invoice that does not exist.
   */
  mayDecide: (side: TPayingSide) => boolean;
  /** Replayed history (lib/ledger/history-moment.ts): the posting and its journal entry are dated `now`. */
  historic?: boolean;
  /** Replayed history: when the decision was taken (its decision rows are dated then; `now` if not given). */
  decidedAt?: Date;
};

/** What became of one approval: its outcome or its error, and the context it was judged on (null if none was read). */
export type TApprovalDone = { context: TPaymentContext | null; outcome?: TApprovalOutcome; error?: unknown };

/** What approving does: its outcome and the statement that writes it (none when nothing is to be written); with a statement, "paid" means this approval pays. */
type TStep = { outcome: TApprovalOutcome; statement: TStatement | null };

/**
 * What approving means for an invoice whose context was read (and locked) in the current transaction: who may,
 * whether it is payable, whether the approvals the colour requires are complete and, if so, the payment that the
 * purpose rules allow. Throws "not found" (out of scope too), a domain error or the rules' refusal.
 */
export function approvalStep(ctx: TPaymentContext | null, request: TApprovalRequest): TStep {
  const { actor, invoiceId, now, mayDecide } = request;
  if (!ctx || !mayDecide(payingSideOf(ctx))) throw new NotFoundError("invoice");
  if (ctx.invoice.status === "paid") return { outcome: { status: "paid" }, statement: null };
  if (ctx.invoice.status !== "submitted" && ctx.invoice.status !== "approved") throw new DomainError("INVOICE_NOT_SUBMITTED", { status: ctx.invoice.status });
  // The creator's approval is refused as it is given, by the same rule that judges a payment's approvals.
  const selfApproval = checkSelfApproval({ number: ctx.invoice.number, createdByUserId: ctx.invoice.createdBy, approvals: [{ userId: actor.userId }] });
  if (selfApproval) throw new RuleRefusal([selfApproval]);
  const approvals = [...new Set([...ctx.approvals, actor.userId])];
  if (approvals.length < approvalsNeeded(ctx)) {
    // Dated `now`: the bulk import passes the historic moment, as it does for a payment's paid_at.
    const statement = ctx.approvals.includes(actor.userId) ? null : { text: `SELECT invoice_record_approval($1::int, $2::int, $3::int, $4::timestamptz)`, params: [invoiceId, actor.userId, ctx.colour.id, now] };
    return { outcome: { status: "awaiting_second_approval" }, statement };
  }
  return { outcome: { status: "paid" }, statement: paymentStatement(ctx, { actor, approvals, now, historic: request.historic }) };
}

/** One approval in a transaction of its own. Never rejects: the error comes back in the result. */
export async function approveAlone(request: TApprovalRequest): Promise<TApprovalDone> {
  let context: TPaymentContext | null = null;
  try {
    const outcome = await withSqlTransaction(async (sql, last) => {
      // Replayed history: the decision rows (the releasing approval's too) are dated when the decision was taken
      // (decision 0166). Both settings in one statement sent with BEGIN, the context read right behind it on the
      // pipelined connection (decision 0246).
      const settings = request.historic ? [sql(HISTORY_AND_DECISION_AT_STATEMENT, datingOf(request))] : [];
      [context] = await Promise.all([loadPaymentContext(sql, request.invoiceId), ...settings]);
      const step = approvalStep(context, request);
      if (!step.statement) return step.outcome;
      try {
        const rows = await last<TPostedRow>(step.statement.text, step.statement.params);
        return step.outcome.status === "paid" ? { ...step.outcome, transferId: postedFrom(rows[0]!).transferId } : step.outcome;
      } catch (error) {
        throw ledgerRefusalFrom(error) ?? error;
      }
    });
    return { context, outcome };
  } catch (error) {
    return { context, error };
  }
}

type TQueued = TApprovalRequest & { settle: (done: TApprovalDone) => void };

/**
 * Several approvals in one transaction (see the top of this file). Never rejects. A second invoice of a colour
 * goes back to the queue: its context was read before the first one's payment changed the colour's balances.
 * If the writes fail, nothing of the transaction stays and every approval not yet answered is run on its own,
 * which gives each its own outcome or error.
 */
async function approveTogether(batch: TQueued[]): Promise<TQueued[]> {
  const requeue: TQueued[] = [];
  const unanswered = new Set(batch);
  const answer = (q: TQueued, done: TApprovalDone) => {
    unanswered.delete(q);
    q.settle(done);
  };
  let client: pg.PoolClient | null = null;
  let open = false;
  try {
    client = await ledgerPool().connect();
    // Each context is read with its colour's journal head locked, then its invoice (invoice_payment_row): in colour
    // order, so that two such transactions wait for each other rather than deadlock. (OFFSET 0 keeps that order.)
    const byInvoice = [...batch].sort((a, b) => a.invoiceId - b.invoiceId);
    open = true;
    const read = await client.query({
      text: `${BEGIN_LEDGER}SELECT r.* FROM (SELECT b.id FROM unnest(ARRAY[${byInvoice.map((q) => q.invoiceId.toFixed(0)).join(",")}]::int[]) AS b(id) JOIN invoice i ON i.id = b.id JOIN contract c ON c.id = i.contract_id ORDER BY c.colour_id, b.id OFFSET 0) s, LATERAL invoice_payment_row(s.id) r`,
      types: bigintTypes,
    });
    const contexts = new Map(rowsOf<TPaymentRow>(read, -1).map((row) => [row.invoiceId, contextFromRow(row)]));
    const colours = new Set<number>();
    const planned: { q: TQueued; context: TPaymentContext; step: TStep }[] = [];
    for (const q of byInvoice) {
      const context = contexts.get(q.invoiceId) ?? null;
      if (context && colours.has(context.colour.id)) {
        unanswered.delete(q);
        requeue.push(q);
        continue;
      }
      let step: TStep;
      try {
        step = approvalStep(context, q);
      } catch (error) {
        answer(q, { context, error });
        continue;
      }
      if (!step.statement) {
        answer(q, { context, outcome: step.outcome });
        continue;
      }
      colours.add(context!.colour.id);
      planned.push({ q, context: context!, step });
    }
    const { statements, paymentsAt } = planned.some((p) => p.q.historic) ? historicWrites(planned) : liveWrites(planned.map((p) => p.step));
    const written = await client.query({ text: [...statements, "COMMIT"].join(";"), types: bigintTypes });
    open = false;
    const transfers = new Map(paymentsAt.flatMap((at) => rowsOf<{ invoice_id: number; transfer_id: bigint }>(written, at)).map((r) => [r.invoice_id, BigInt(r.transfer_id)]));
    for (const p of planned) answer(p.q, { context: p.context, outcome: paysNow(p.step) ? { ...p.step.outcome, transferId: transfers.get(p.q.invoiceId) } : p.step.outcome });
  } catch {
    // Whatever failed (the database refused a payment, a deadlock, a lost connection), the answers come from below.
    if (open) await client?.query("ROLLBACK").catch(() => {});
  } finally {
    client?.release();
  }
  // Nothing of the failed transaction stayed: each approval it still owed an answer is run on its own.
  for (const q of unanswered) answer(q, await approveAlone(q));
  return requeue;
}

/** A batch's writes as one message's statements, and where in it the rows of its payments come back. */
type TWrites = { statements: string[]; paymentsAt: number[] };

const sendable = (statement: string | null): string => {
  if (statement == null) throw new Error("An approval's statement cannot be sent in one message.");
  return statement;
};

/** Whether this approval's statement is the payment. */
const paysNow = (step: TStep) => step.outcome.status === "paid";

/** The dating settings' parameters of a replayed approval (historyAndDecisionAt), emptied for one of now. */
const datingOf = (r: TApprovalRequest) => (r.historic ? historyAndDecisionAt(r.now, r.decidedAt ?? r.now) : historyAndDecisionAt(null, null));

/** Approvals of now: the recorded approvals, then every payment through one invoice_pay() call a row. */
function liveWrites(steps: TStep[]): TWrites {
  const statements = steps.filter((step) => !paysNow(step)).map((step) => sendable(inlined(step.statement!.text, step.statement!.params)));
  const payments = steps.filter(paysNow).map((step) => sendable(inlined(`(${INVOICE_PAY_ARGS})`, step.statement!.params)));
  if (payments.length === 0) return { statements, paymentsAt: [] };
  statements.push(
    `SELECT v.i AS invoice_id, p.transfer_id FROM (VALUES ${payments.join(",")}) AS v(i, c, f, t, a, x, y, r, n, w), LATERAL invoice_pay(v.i, v.c, v.f, v.t, v.a, v.x, v.y, v.r, v.n, v.w) p`,
  );
  return { statements, paymentsAt: [statements.length - 1] };
}

/**
 * Replayed history (the import's decisions, decision 0301): each approval is dated at its own moments, so each is
 * preceded by the two transaction-local settings that the dating triggers read (empty for an approval of now, as
 * in a transaction of its own) and its payment is an invoice_pay() statement of its own.
 */
function historicWrites(planned: { q: TApprovalRequest; step: TStep }[]): TWrites {
  const statements: string[] = [];
  const paymentsAt: number[] = [];
  for (const { q, step } of planned) {
    statements.push(sendable(inlined(HISTORY_AND_DECISION_AT_STATEMENT, datingOf(q))));
    if (paysNow(step)) {
      paymentsAt.push(statements.length);
      statements.push(sendable(inlined(`SELECT $1::int AS invoice_id, p.transfer_id FROM invoice_pay(${INVOICE_PAY_ARGS}) p`, step.statement!.params)));
    } else statements.push(sendable(inlined(step.statement!.text, step.statement!.params)));
  }
  return { statements, paymentsAt };
}

const queue: TQueued[] = [];
let running = 0;
let scheduled = false;

/**
 * Runs waiting approvals in at most APPROVAL_TRANSACTIONS transactions at once. A free one takes everything that is
 * waiting (up to APPROVAL_BATCH_MAX): under a steady load the approvals then gather in one transaction at a time,
 * which costs the least per payment (the database does not run two of them against each other on two cores), and
 * the other transaction is there for what arrives while one is held up, e.g. waiting for a colour's lock.
 */
function dispatch() {
  scheduled = false;
  const { APPROVAL_TRANSACTIONS: slots, APPROVAL_BATCH_MAX: most } = env();
  while (queue.length > 0 && running < slots) {
    const batch = takeBatch(queue, most);
    running++;
    const done = batch.length === 1 ? approveAlone(batch[0]!).then((d) => (batch[0]!.settle(d), [])) : approveTogether(batch);
    void done.then((requeue) => {
      queue.unshift(...requeue);
      running--;
      schedule();
    });
  }
}

function schedule() {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  // After the current turn: the approvals that arrive together (the answers of one transaction let their callers
  // send the next ones at once) are taken together.
  setImmediate(dispatch);
}

/** Queues one approval; resolves (never rejects) with its outcome or error once its transaction has ended. */
export function submitApproval(request: TApprovalRequest): Promise<TApprovalDone> {
  // Replayed history is dated at its own moments, told here (the queue runs it outside the caller's context).
  const historic = historicMoment() ? { historic: true, decidedAt: historicDecisionMoment() ?? request.now } : {};
  return new Promise((settle) => {
    queue.push({ ...request, ...historic, settle });
    schedule();
  });
}

/**
 * The ledger's entry point for an invoice payment: queues the approval (the caller has said who may decide, in
 * `mayDecide`), and when it completes the approvals the invoice is paid in the same transaction. A payment the
 * rules refuse rolls everything back (the approval too) and is recorded as a refused attempt. Subscribers hear of
 * the payment, or of the refusal, after the fact (lib/ledger/events.ts).
 */
export async function approveInvoicePayment(request: TApprovalRequest): Promise<TApprovalOutcome> {
  const { context, outcome, error } = await submitApproval(request);
  if (error === undefined) {
    if (outcome!.transferId) publishLedgerEvent({ type: "posted", colourId: context?.colour.id ?? null, kind: "payment" });
    return outcome!;
  }
  if (error instanceof RuleRefusal) {
    await recordRefusal({
      actor: request.actor,
      colourId: context?.colour.id ?? null,
      organizationId: context?.invoice.issuer ?? null,
      documentType: "invoice",
      documentId: request.invoiceId,
      amountTiyn: context ? BigInt(context.invoice.total) : null,
      at: request.now,
      violations: error.violations,
    });
  }
  throw error;
}
