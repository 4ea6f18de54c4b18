// The journal's hash chain, as pure functions: the database computes the same hash in journal_append()
// (prisma/sql/functions/journal_append.sql), and anyone with an export can re-check it offline.
import crypto from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type TJournalEntry = { chain: number; seq: bigint; kind: string; payload: string; prevHash: string; hash: string };

/** sha256(prev_hash|chain|seq|kind|payload), hex: exactly what the database hashes. */
export function entryHash(prevHash: string, chain: number, seq: bigint, kind: string, payload: string): string {
  return crypto.createHash("sha256").update(`${prevHash}|${chain}|${seq}|${kind}|${payload}`, "utf8").digest("hex");
}

export type TBrokenEntry = { chain: number; seq: bigint; reason: string };

/**
 * Re-checks entries fed in (chain, seq) order, one chain after another or interleaved. A chain that starts
 * at seq 1 must start from the genesis hash; a segment that starts later is anchored on its first entry's
 * previous hash (reported, so the reader can compare it with a published head).
 */
export class ChainVerifier {
  private heads = new Map<number, { seq: bigint; hash: string; anchor: { seq: bigint; prevHash: string } }>();
  checked = 0;
  firstBroken: TBrokenEntry | null = null;

  add(e: TJournalEntry): TBrokenEntry | null {
    if (this.firstBroken) return this.firstBroken;
    this.checked++;
    const head = this.heads.get(e.chain);
    const broken = (reason: string) => (this.firstBroken = { chain: e.chain, seq: e.seq, reason });
    if (!head) {
      if (e.seq === 1n && e.prevHash !== GENESIS_HASH) return broken("the first entry of the chain does not start from the genesis hash");
    } else {
      if (e.seq !== head.seq + 1n) return broken(`sequence jumps from ${head.seq} to ${e.seq} (an entry is missing or repeated)`);
      if (e.prevHash !== head.hash) return broken(`its previous hash does not match entry ${head.seq}'s hash (an earlier entry was altered or removed)`);
    }
    const recomputed = entryHash(e.prevHash, e.chain, e.seq, e.kind, e.payload);
    if (recomputed !== e.hash) return broken("its content does not match its hash (the entry was altered)");
    this.heads.set(e.chain, { seq: e.seq, hash: e.hash, anchor: head?.anchor ?? { seq: e.seq, prevHash: e.prevHash } });
    return null;
  }

  /** Latest (seq, hash) per chain, and where each chain's checked segment was anchored. */
  chains() {
    return [...this.heads.entries()].map(([chain, h]) => ({ chain, seq: h.seq, hash: h.hash, anchoredAt: h.anchor }));
  }
}
