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
  const { text, params } = journalAppendStatement(chain, kind, payload);
  const rows = await tx.$queryRawUnsafe<{ seq: bigint }[]>(text, ...params);
  return rows[0]!.seq;
}

/**
 * The statement appendJournal runs, for a caller in the ledger's own transaction (lib/ledger/sql.ts), which must
 * have set the history's moment itself when it replays history (HISTORY_AT_STATEMENT). One column: seq.
 */
export function journalAppendStatement(chain: number, kind: string, payload: Record<string, unknown>): { text: string; params: unknown[] } {
  const text = canonicalJson({ ...payload, at: (historicMoment() ?? new Date()).toISOString() });
  return { text: `SELECT journal_append($1::int, $2::text, $3::text) AS seq`, params: [chain, kind, text] };
}
