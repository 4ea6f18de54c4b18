import "server-only";
import { assertInvestigator } from "../scope";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { appendJournal, SYSTEM_CHAIN } from "../ledger/journal";

type THead = { chain: number; seq: string; hash: string };

const digestOf = (heads: THead[]) => crypto.createHash("sha256").update(heads.map((h) => `${h.chain}:${h.seq}:${h.hash}`).join("\n")).digest("hex");

function assertReader(actor: TActor) {
  if (!actor.isSystem && actor.role !== "investigator" && actor.role !== "admin") throw new ForbiddenError();
}

/**
 * Publishes the journal's current heads as one digest (to be printed in a gazette, posted on the public site or
 * handed to the audit chamber). Anyone holding it can later check that no entry up to those heads was changed.
 */
export async function publishJournalHead({ actor }: { actor: TActor }) {
  assertInvestigator(actor);
  return prisma().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ chain: number; seq: bigint; hash: string }[]>`SELECT chain, seq, hash FROM journal_head WHERE seq > 0 ORDER BY chain`;
    const heads = rows.map((r) => ({ chain: r.chain, seq: r.seq.toString(), hash: r.hash }));
    const entries = rows.reduce((a, r) => a + r.seq, 0n);
    const digest = digestOf(heads);
    const publication = await tx.journalPublication.create({ data: { heads, entries, digest, publishedBy: actor.isSystem ? null : actor.userId } });
    await appendJournal(tx, SYSTEM_CHAIN, "publication", { publication: publication.id, digest, entries: entries.toString(), actor: actor.userId });
    return publication;
  });
}

/** The latest publication, and whether today's journal still holds exactly the entries it vouched for. */
export async function latestPublication({ actor }: { actor: TActor }) {
  assertReader(actor);
  const db = prisma();
  const publication = await db.journalPublication.findFirst({ orderBy: { id: "desc" } });
  const [totals] = await db.$queryRaw<{ chains: bigint; entries: bigint }[]>`SELECT count(*)::bigint AS chains, coalesce(sum(seq), 0)::bigint AS entries FROM journal_head WHERE seq > 0`;
  if (!publication) return { publication: null, mismatches: [] as THead[], totals: totals! };
  const heads = publication.heads as THead[];
  const found = heads.length
    ? await db.$queryRaw<{ chain: number; seq: bigint; hash: string }[]>`
        SELECT e.chain, e.seq, e.hash FROM journal_entry e
        JOIN unnest(${heads.map((h) => h.chain)}::int[], ${heads.map((h) => h.seq)}::bigint[]) AS p(chain, seq) ON e.chain = p.chain AND e.seq = p.seq`
    : [];
  const mismatches = heads.filter((h) => found.find((f) => f.chain === h.chain && f.seq.toString() === h.seq)?.hash !== h.hash);
  return { publication, mismatches, totals: totals!, digestStillMatches: digestOf(heads) === publication.digest };
}
