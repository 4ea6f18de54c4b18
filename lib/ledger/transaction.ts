import "server-only";
import { prisma, type Tx } from "../db";
import { withRetry, type TRetryOptions } from "./retry";

export type TLedgerTransactionOptions = TRetryOptions & { isolationLevel?: "ReadCommitted" | "RepeatableRead" | "Serializable" };

/**
 * A ledger transaction: READ COMMITTED with explicit row locks taken by ledger_post() in a fixed order,
 * retried as a whole on serialization failures and deadlocks (which stricter isolation levels, or lock
 * orders we do not control, can still produce). Everything inside must be safe to re-run.
 */
export function ledgerTransaction<T>(fn: (tx: Tx) => Promise<T>, { isolationLevel, ...retry }: TLedgerTransactionOptions = {}): Promise<T> {
  return withRetry(() => prisma().$transaction(fn, { maxWait: 15_000, timeout: 30_000, ...(isolationLevel ? { isolationLevel } : {}) }), retry);
}
