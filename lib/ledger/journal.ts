import type { Tx } from "../db";
import { canonicalJson } from "./canonical-json";
import { HISTORY_AT_STATEMENT, historicMoment } from "./history-moment";

/** Chain 0 holds decisions that belong to no colour (a company debarred, a user's role changed). */
export const SYSTEM_CHAIN = 0;

/** Appends a decision (approval, rejection, refusal, freeze, rule change) to a colour's chain. */
export async function appendJournal(tx: Tx, chain: number, kind: string, payload: Record<string, unknown>): Promise<bigint> {
  const historic = historicMoment();
  // Replayed history (the import, the seed) is dated as it happened, the entry's row as well as its "at".
  if (historic) await tx.$queryRawUnsafe(HISTORY_AT_STATEMENT, historic.toISOString());
  const text = canonicalJson({ ...payload, at: (historic ?? new Date()).toISOString() });
  const rows = await tx.$queryRaw<{ seq: bigint }[]>`SELECT journal_append(${chain}::int, ${kind}::text, ${text}::text) AS seq`;
  return rows[0]!.seq;
}
