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
 * A statement with its parameters written in as literals, for the simple query protocol, or null when that is
 * not safe: only our own statement texts without quotes (but for quoted identifiers such as a type's name), and only integers, strings (escaped by the driver),
 * dates, booleans and nulls as values. One simple query can carry BEGIN or COMMIT with the statement: one
 * message and one reply instead of a pipeline of two, which halves the socket writes on both sides.
 */
export function inlined(text: string, params: readonly unknown[]): string | null {
  // A quoted identifier of letters, digits and underscores (a type: "TransferKind") holds no placeholder.
  if (/['"\\]|\$\$|;/.test(text.replace(/"[A-Za-z_][A-Za-z0-9_]*"/g, ""))) return null;
  const literals: string[] = [];
  for (const p of params) {
    if (p === null || p === undefined) literals.push("NULL");
    else if (typeof p === "bigint") literals.push(`(${p.toString()})`);
    else if (typeof p === "number" && Number.isSafeInteger(p)) literals.push(`(${String(p)})`);
    else if (typeof p === "boolean") literals.push(p ? "TRUE" : "FALSE");
    else if (typeof p === "string") literals.push(pg.escapeLiteral(p));
    else if (p instanceof Date && !Number.isNaN(p.getTime())) literals.push(pg.escapeLiteral(p.toISOString()));
    else return null;
  }
  let missing = false;
  const out = text.replace(/\$(\d+)/g, (_, n: string) => literals[Number(n) - 1] ?? ((missing = true), ""));
  return missing ? null : out;
}

/**
 * How the ledger's hot path opens a transaction: the plans that PL/pgSQL caches for the ledger's functions are used
 * as they are (generic), not re-planned with each call's values — with a dozen statements a call, re-planning some
 * of them was a tenth of a payment's database time, and every one of them looks rows up by key.
 */
export const BEGIN_LEDGER = "BEGIN;SET LOCAL plan_cache_mode = force_generic_plan;";
const BEGIN_STATEMENTS = BEGIN_LEDGER.split(";").filter(Boolean);

/**
 * The ledger's hot path: a transaction on its own connection without the ORM in between. BEGIN goes out in
 * one message with the first statement, and `last` sends a statement in one message with COMMIT (the simple
 * query protocol, parameters written in by inlined()), so a payment (context, then posting) is two round trips
 * of one message each. Retried as a whole on serialization failures and deadlocks, including one raised by
 * the COMMIT.
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
      const one = inlined(text, params);
      if (one != null) return rowsOf<R>(await client.query({ text: `${BEGIN_LEDGER}${one}`, types: bigintTypes }), -1);
      return (await Promise.all([...BEGIN_STATEMENTS.map((b) => run(b)), run<R>(text, params)])).at(-1) as R[];
    };
    const last: TSql = async <R>(text: string, params: readonly unknown[] = []) => {
      if (state === "ended") throw new Error("This transaction has already been committed.");
      const opening = state === "idle";
      const one = inlined(text, params);
      if (one != null) {
        // If the statement fails, COMMIT is not run and the transaction stays open (aborted): rolled back below.
        state = "open";
        const results = await client.query({ text: `${opening ? BEGIN_LEDGER : ""}${one};COMMIT`, types: bigintTypes });
        state = "ended";
        return rowsOf<R>(results, -2);
      }
      state = "ended";
      const pipeline = [...(opening ? BEGIN_STATEMENTS.map((b) => run(b)) : []), run<R>(text, params), run("COMMIT")];
      const results = await Promise.all(pipeline);
      return results.at(-2) as R[];
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

/** The rows of the n-th statement of a simple query, counted from the end when negative (pg gives one result, or an array of them). */
export function rowsOf<R>(results: pg.QueryResult | pg.QueryResult[], n: number): R[] {
  return (Array.isArray(results) ? results.at(n)! : results).rows as R[];
}
