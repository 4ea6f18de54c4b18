import type { Tx } from "../db";
import { canonicalJson } from "./canonical-json";

/** Chain 0 holds decisions that belong to no colour (a company debarred, a user's role changed). */
export const SYSTEM_CHAIN = 0;

/** Appends a decision (approval, rejection, refusal, freeze, rule change) to a colour's chain. */
export async function appendJournal(tx: Tx, chain: number, kind: string, payload: Record<string, unknown>): Promise<bigint> {
  const text = canonicalJson({ ...payload, at: new Date().toISOString() });
  const rows = await tx.$queryRaw<{ seq: bigint }[]>`SELECT journal_append(${chain}::int, ${kind}::text, ${text}::text) AS seq`;
  return rows[0]!.seq;
}
