import "server-only";
import pg from "pg";
import { pool, type Tx } from "../db";
import { withRetry, type TRetryOptions } from "./retry";

/** A query in the current transaction: positional parameters, rows back with int8 as bigint. */
export type TSql = <T = Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<T[]>;

const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) => (oid === INT8 ? (v: string) => BigInt(v) : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser,
};

export function sqlOf(tx: Tx): TSql {
  return <T>(text: string, params: readonly unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...params);
}

/**
 * The ledger's hot path: a transaction on a connection of the shared pool without the ORM in between (a
 * payment is four round trips, not twenty). Retried as a whole on serialization failures and deadlocks.
 */
export function withSqlTransaction<T>(fn: (sql: TSql) => Promise<T>, retry: TRetryOptions = {}): Promise<T> {
  return withRetry(async () => {
    const client = await pool().connect();
    const sql: TSql = async <R>(text: string, params: readonly unknown[] = []) =>
      (await client.query({ text, values: params.map((p) => (typeof p === "bigint" ? p.toString() : p)), types })).rows as R[];
    try {
      await client.query("BEGIN");
      const result = await fn(sql);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }, retry);
}
