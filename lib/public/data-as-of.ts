import "server-only";
import { readDb } from "../db";

/**
 * What every public page says it was computed from: the moment of the latest posting and the latest journal chain
 * heads (chain, sequence, hash), which anyone can hold the journal to (decision 0139). Hashes are of ledger facts,
 * never of personal data.
 */
export async function dataAsOf({ heads = 3 }: { heads?: number } = {}) {
  const db = await readDb();
  const [latest, recent, totals, publication] = await Promise.all([
    db.transfer.findFirst({ orderBy: { id: "desc" }, select: { createdAt: true } }),
    db.journalHead.findMany({ where: { seq: { gt: 0n } }, orderBy: [{ updatedAt: "desc" }, { chain: "asc" }], take: heads }),
    db.$queryRaw<{ chains: bigint; entries: bigint }[]>`SELECT count(*)::bigint AS chains, coalesce(sum(seq), 0)::bigint AS entries FROM journal_head WHERE seq > 0`,
    db.journalPublication.findFirst({ orderBy: { id: "desc" }, select: { digest: true, publishedAt: true, entries: true } }),
  ]);
  return {
    asOf: latest?.createdAt ?? null,
    heads: recent.map((h) => ({ chain: h.chain, seq: h.seq, hash: h.hash, at: h.updatedAt })),
    chains: Number(totals[0]?.chains ?? 0n),
    entries: totals[0]?.entries ?? 0n,
    publication,
  };
}
