import "server-only";
import crypto from "node:crypto";
import type pg from "pg";
import { isEmbeddedDatabase, pool } from "../db";
import { withRetry } from "../ledger/retry";
import { bigintTypes, type TSql } from "../ledger/sql";

// A refresh runs a dozen queries per colour; a full recompute runs them for every colour. As unnamed
// statements each was planned on every run, which at a million transfers was half of a colour's database time
// (the pass-through query alone: 4–5 ms of planning). Here each connection prepares them once and PostgreSQL
// reuses the plan. Not on the embedded database: it serves every connection (of every process) from one
// session, where prepared names would collide and outlive the connections that made them.
const prefixes = new WeakMap<pg.PoolClient, string>();
let clients = 0;
let canPrepare: Promise<boolean> | null = null;

/** A REPEATABLE READ transaction whose statements are prepared once per connection; retried as a whole on serialization failures. */
export function withFlagTransaction<T>(fn: (sql: TSql) => Promise<T>): Promise<T> {
  return withRetry(async () => {
    const client = await pool().connect();
    canPrepare ??= isEmbeddedDatabase(client).then((e) => !e).catch(() => ((canPrepare = null), false));
    let prefix = prefixes.get(client);
    if (!prefix) prefixes.set(client, (prefix = `flags${++clients}_`));
    const prepare = await canPrepare;
    const sql: TSql = async <R>(text: string, params: readonly unknown[] = []) => {
      const name = prepare ? prefix + crypto.createHash("sha1").update(text).digest("hex").slice(0, 16) : undefined;
      return (await client.query({ name, text, values: params.map((p) => (typeof p === "bigint" ? p.toString() : p)), types: bigintTypes })).rows as R[];
    };
    try {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
      // The same plan for every colour: planning per execution (custom plans) was the larger cost.
      await client.query("SET LOCAL plan_cache_mode = force_generic_plan");
      // No JIT: the flag queries are short, and compiling them (the meal kinds' estimates reach it) took seconds
      // more than running them — 3.4 s against 0.8 s for meal_pupil_two_schools on the national dataset (decision 0250).
      // The embedded database has no JIT to turn off.
      if (prepare) await client.query("SET LOCAL jit = off");
      const result = await fn(sql);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  });
}
