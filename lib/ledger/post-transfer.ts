import crypto from "node:crypto";
import type { Tx } from "../db";
import { canonicalJson } from "./canonical-json";
import { ledgerRefusalFrom } from "./refusal";

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
};

export type TPosted = { transferId: bigint; journalSeq: bigint | null; replayed: boolean };

export function requestHash(p: TPostTransfer): string {
  const { idempotencyKey: _key, actorId: _actor, ...request } = p;
  return crypto.createHash("sha256").update(canonicalJson(request)).digest("hex");
}

/**
 * The one way money moves: ledger_post() checks purity, freezes and balance under row locks, consumes lots
 * FIFO, writes the transfer, the payee's lot, both balances and the journal entry — all in the caller's
 * transaction. Refusals come back as LedgerRefusal.
 */
export async function postTransfer(tx: Tx, p: TPostTransfer): Promise<TPosted> {
  try {
    const rows = await tx.$queryRaw<{ transfer_id: bigint; journal_seq: bigint | null; replayed: boolean }[]>`
      SELECT transfer_id, journal_seq, replayed FROM ledger_post(
        ${p.colourId}::int, ${p.fromAccountId}::bigint, ${p.toAccountId}::bigint, ${p.amountTiyn}::bigint,
        ${p.kind}::"TransferKind", ${p.documentType}::text, ${p.documentId == null ? null : BigInt(p.documentId)}::bigint,
        ${p.actorId ?? null}::int, ${p.reversesId ?? null}::bigint, ${p.idempotencyKey ?? null}::text, ${p.idempotencyKey ? requestHash(p) : null}::text)`;
    const row = rows[0]!;
    return { transferId: row.transfer_id, journalSeq: row.journal_seq, replayed: row.replayed };
  } catch (error) {
    throw ledgerRefusalFrom(error) ?? error;
  }
}
