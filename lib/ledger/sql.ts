import "server-only";
import pg from "pg";
import { ledgerPool, type Tx } from "../db";
import { withRetry, type TRetryOptions } from "./retry";

/** A query in the current transaction: positional parameters, rows back with int8 as bigint. */
export type TSql = <T = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<T[]>;

const INT8 = 20;
/** Type parsers that read int8 as bigint. */
export const bigintTypes = {
  getTypeParser: ((oid: number, format?: string) => (oid === INT8 ? (v: string) => BigInt(v) : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser,
};

export function sqlOf(tx: Tx): TSql {
  return <T>(text: string, params: readonly unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...params);
}

/**
 * The ledger's hot path: a transaction on a pipelined connection without the ORM in between. BEGIN is sent
 * together with the first statement, and `last` sends a statement together with COMMIT, so a payment
 * (context, then posting) is two round trips. Retried as a whole on serialization failures and deadlocks,
 * including one raised by the COMMIT.
 */
export function withSqlTransaction<T>(fn: (sql: TSql, last: TSql) => Promise<T>, retry: TRetryOptions = {}): Promise<T> {
  return withRetry(async () => {
    const client = await ledgerPool().connect();
    const run = async <R>(text: string, params: readonly unknown[] = []) =>
      (await client.query({ text, values: params.map((p) => (typeof p === "bigint" ? p.toString() : p)), types: bigintTypes })).rows as R[];
    let state = "idle" as "idle" | "open" | "ended";
    // Promise.all observes every promise of a pipeline, so a statement failing behind another is never unhandled;
    // a COMMIT after a failed statement only rolls back, and the statement's own error is the one thrown.
    const sql: TSql = async <R>(text: string, params: readonly unknown[] = []) => {
      if (state === "ended") throw new Error("This transaction has already been committed.");
      if (state === "open") return run<R>(text, params);
      state = "open";
      return (await Promise.all([run("BEGIN"), run<R>(text, params)]))[1];
    };
    const last: TSql = async <R>(text: string, params: readonly unknown[] = []) => {
      if (state === "ended") throw new Error("This transaction has already been committed.");
      const opening = state === "idle";
      state = "ended";
      const pipeline = [...(opening ? [run("BEGIN")] : []), run<R>(text, params), run("COMMIT")];
      const results = await Promise.all(pipeline);
      return results[opening ? 1 : 0] as R[];
    };
    try {
      const result = await fn(sql, last);
      if (state === "open") await run("COMMIT");
      return result;
    } catch (error) {
      if (state !== "idle") await run("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }, retry);
}
