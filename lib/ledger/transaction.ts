import "server-only";
import { prisma, TRANSACTION_LIMITS, type Tx } from "../db";
import { publishLedgerEvent, type TLedgerEvent } from "./events";
import { HISTORY_AT_STATEMENT, historicMoment } from "./history-moment";
import { withRetry, type TRetryOptions } from "./retry";

// The events of the postings made in a ledger transaction, published once it has committed (a retried attempt's are dropped).
const pending = new WeakMap<object, TLedgerEvent[]>();

/** Remembers an event of the transaction `tx` (or `sql`) for after its commit; outside a ledgerTransaction the caller publishes. */
export function afterCommit(tx: object, event: TLedgerEvent): boolean {
  const events = pending.get(tx);
  events?.push(event);
  return events !== undefined;
}

export type TLedgerTransactionOptions = TRetryOptions & { isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable" };

/**
 * A ledger transaction: READ COMMITTED with explicit row locks taken by ledger_post() in a fixed order,
 * retried as a whole on serialization failures and deadlocks (which stricter isolation levels, or lock
 * orders we do not control, can still produce). Everything inside must be safe to re-run.
 */
export async function ledgerTransaction<T>(fn: (tx: Tx) => Promise<T>, { isolationLevel, ...retry }: TLedgerTransactionOptions = {}): Promise<T> {
  const { result, events } = await withRetry(
    () =>
      prisma().$transaction(
        async (tx) => {
          const events: TLedgerEvent[] = [];
          pending.set(tx, events);
          // Replayed history: the postings and journal entries of this transaction are dated as it happened.
          const historic = historicMoment();
          if (historic) await tx.$queryRawUnsafe(HISTORY_AT_STATEMENT, historic.toISOString());
          return { result: await fn(tx), events };
        },
        { ...TRANSACTION_LIMITS, ...(isolationLevel ? { isolationLevel } : {}) },
      ),
    retry,
  );
  events.forEach(publishLedgerEvent);
  return result;
}
