import "server-only";
import type { Db } from "../db";
import { ChainVerifier, type TJournalEntry } from "./journal-chain";

type TRow = { chain: number; seq: bigint; kind: string; payload: string; prev_hash: string; hash: string };

/** Streams the whole journal in (chain, seq) order through the verifier, a batch at a time. */
export async function verifyDatabaseJournal(db: Db, { batch = 5000, onProgress }: { batch?: number; onProgress?: (checked: number) => void } = {}) {
  const verifier = new ChainVerifier();
  let after: { chain: number; seq: bigint } = { chain: -1, seq: 0n };
  for (;;) {
    const rows = await db.$queryRaw<TRow[]>`
      SELECT chain, seq, kind, payload, prev_hash, hash FROM journal_entry
      WHERE (chain, seq) > (${after.chain}::int, ${after.seq}::bigint) ORDER BY chain, seq LIMIT ${batch}`;
    for (const r of rows) {
      if (verifier.add(toEntry(r))) return verifier;
    }
    onProgress?.(verifier.checked);
    if (rows.length < batch) return verifier;
    const last = rows[rows.length - 1]!;
    after = { chain: last.chain, seq: last.seq };
  }
}

export function toEntry(r: TRow): TJournalEntry {
  return { chain: r.chain, seq: BigInt(r.seq), kind: r.kind, payload: r.payload, prevHash: r.prev_hash, hash: r.hash };
}

/** One JSON object per line, in (chain, seq) order: what `journal:verify --file` reads back. */
export async function* exportJournal(db: Db, { chain, fromSeq = 1n, batch = 5000 }: { chain?: number; fromSeq?: bigint; batch?: number } = {}) {
  let after: { chain: number; seq: bigint } = { chain: chain ?? -1, seq: chain === undefined ? 0n : fromSeq - 1n };
  for (;;) {
    const rows = await db.$queryRaw<(TRow & { leaf: bigint | null })[]>`
      SELECT e.chain, e.seq, e.kind, e.payload, e.prev_hash, e.hash, l.idx AS leaf FROM journal_entry e LEFT JOIN journal_leaf l ON l.entry_id = e.id
      WHERE (e.chain, e.seq) > (${after.chain}::int, ${after.seq}::bigint) AND (${chain ?? null}::int IS NULL OR e.chain = ${chain ?? null}::int)
      ORDER BY e.chain, e.seq LIMIT ${batch}`;
    // `leaf`: the entry's place in the journal's Merkle tree (null until the tree builder reached it), which
    // `journal:verify --heads` needs to check the entries against saved checkpoints.
    for (const r of rows) yield JSON.stringify({ chain: r.chain, seq: r.seq.toString(), kind: r.kind, payload: r.payload, prevHash: r.prev_hash, hash: r.hash, leaf: r.leaf === null ? null : r.leaf.toString() });
    if (rows.length < batch) return;
    const last = rows[rows.length - 1]!;
    after = { chain: last.chain, seq: last.seq };
  }
}
