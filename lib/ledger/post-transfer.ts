import crypto from "node:crypto";
import type { Tx } from "../db";
import { sqlOf, type TSql } from "./sql";
import { canonicalJson } from "./canonical-json";
import { historicMoment } from "./history-moment";
import { ledgerRefusalFrom } from "./refusal";
import { afterCommit } from "./transaction";

export type TTransferKind = "mint" | "payment" | "exit" | "return" | "reversal";

export type TPostTransfer = {
  colourId: number;
  fromAccountId: bigint;
  toAccountId: bigint;
  amountTiyn: bigint;
  kind: TTransferKind;
  documentType: string;
  documentId?: bigint | number | null;
  actorId?: number | null;
  reversesId?: bigint | null;
  /** Same key + same request = the first result again; same key + another request = refused. */
  idempotencyKey?: string | null;
  /** Facts recorded in the transfer's journal entry (not part of the request's identity). */
  note?: Record<string, unknown>;
};

export type TPosted = { transferId: bigint; journalSeq: bigint | null; replayed: boolean };

export function requestHash(p: TPostTransfer): string {
  const { idempotencyKey: _key, actorId: _actor, note: _note, ...request } = p;
  return crypto.createHash("sha256").update(canonicalJson(request)).digest("hex");
}

/**
 * The one way money moves: ledger_post() checks purity, freezes and balance under row locks, consumes lots
 * FIFO, writes the transfer, the payee's lot, both balances and the journal entry — all in the caller's
 * transaction. Refusals come back as LedgerRefusal.
 */
export async function postTransfer(txOrSql: Tx | TSql, p: TPostTransfer): Promise<TPosted> {
  const sql = typeof txOrSql === "function" ? txOrSql : sqlOf(txOrSql);
  const { text, params } = ledgerPostStatement(p);
  try {
    const posted = postedFrom((await sql<TPostedRow>(text, params))[0]!);
    // Subscribers (the flag engine) hear of it once the transaction has committed.
    if (!posted.replayed) afterCommit(txOrSql, { type: "posted", colourId: p.colourId, kind: p.kind });
    return posted;
  } catch (error) {
    throw ledgerRefusalFrom(error) ?? error;
  }
}

export type TPostedRow = { transfer_id: bigint; journal_seq: bigint | null; replayed: boolean };

export function postedFrom(row: TPostedRow): TPosted {
  return { transferId: BigInt(row.transfer_id), journalSeq: row.journal_seq == null ? null : BigInt(row.journal_seq), replayed: row.replayed };
}

/** The journal note; replayed history (lib/ledger/history-moment.ts) sets the entry's "at" to its own moment. */
function noteOf(note: Record<string, unknown> | undefined): string | null {
  const historic = historicMoment();
  if (historic) return canonicalJson({ ...note, at: historic.toISOString() });
  return note ? canonicalJson(note) : null;
}

/** The ledger_post() call for a posting: a FROM item (`… FROM ${text} AS posted`) or a statement of its own. */
export function ledgerPostStatement(p: TPostTransfer, firstParam = 1): { call: string; text: string; params: unknown[] } {
  const $ = (n: number) => `$${firstParam + n - 1}`;
  const call = `ledger_post(${$(1)}::int, ${$(2)}::bigint, ${$(3)}::bigint, ${$(4)}::bigint, ${$(5)}::"TransferKind", ${$(6)}::text, ${$(7)}::bigint, ${$(8)}::int, ${$(9)}::bigint, ${$(10)}::text, ${$(11)}::text, ${$(12)}::jsonb)`;
  return {
    call,
    text: `SELECT transfer_id, journal_seq, replayed FROM ${call}`,
    params: [
      p.colourId,
      p.fromAccountId,
      p.toAccountId,
      p.amountTiyn,
      p.kind,
      p.documentType,
      p.documentId == null ? null : BigInt(p.documentId),
      p.actorId ?? null,
      p.reversesId ?? null,
      p.idempotencyKey ?? null,
      p.idempotencyKey ? requestHash(p) : null,
      noteOf(p.note),
    ],
  };
}
