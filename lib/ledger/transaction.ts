import "server-only";
import { prisma, type Tx } from "../db";
import { withRetry } from "./retry";

/**
 * A ledger transaction: READ COMMITTED with explicit row locks taken by ledger_post() in a fixed order,
 * retried as a whole on serialization failures and deadlocks. Everything inside must be safe to re-run.
 */
export function ledgerTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withRetry(() => prisma().$transaction(fn, { maxWait: 15_000, timeout: 30_000 }));
}
