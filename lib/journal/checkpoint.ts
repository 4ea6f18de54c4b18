import "server-only";
import { prisma, type Db } from "../db";
import { appendJournal, SYSTEM_CHAIN } from "../ledger/journal";
import { CHECKPOINT_ORIGIN, signCheckpoint, type TCheckpointBody, type TSignedCheckpoint } from "./checkpoint-format";
import { toHex } from "./merkle";
import { signingKey } from "./signing-key";
import { extendJournalTree, storedRoot, TREE_LOCK, treeSize } from "./tree";

export type TStoredCheckpoint = TSignedCheckpoint & { id: number; treeSize: bigint; root: string; signedAt: Date };

const KIND = "checkpoint";

/**
 * Extends the tree, then signs a checkpoint of it (decision 0132) — unless nothing but earlier checkpoints' own
 * journal entries was added since the last one (`force` signs anyway). The checkpoint is stored and recorded in
 * chain 0 of the journal; that entry is a leaf of the next checkpoint.
 */
export async function makeCheckpoint(db: Db, { force = false, now = new Date() }: { force?: boolean; now?: Date } = {}): Promise<TStoredCheckpoint | null> {
  await extendJournalTree();
  const key = signingKey();
  return db.$transaction(async (tx) => {
    // The tree's lock: no builder appends between reading the size, the root and the heads.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TREE_LOCK}::bigint)`;
    const size = await treeSize(tx);
    const last = await tx.journalCheckpoint.findFirst({ orderBy: { treeSize: "desc" } });
    if (last && last.treeSize === size) return force ? toStored(last) : null;
    if (!force && last) {
      // The new leaves in order, each entry probed by its id (a LATERAL … LIMIT 1 the planner cannot turn into a join):
      // a plain join was planned as a merge join from the journal's first entry, its time growing with the journal.
      const [grown] = await tx.$queryRaw<{ any: boolean }[]>`
        SELECT EXISTS (SELECT 1 FROM journal_leaf l
          CROSS JOIN LATERAL (SELECT e.chain, e.kind FROM journal_entry e WHERE e.id = l.entry_id LIMIT 1) e
          WHERE l.idx >= ${last.treeSize}::bigint AND NOT (e.chain = ${SYSTEM_CHAIN}::int AND e.kind = ${KIND})) AS any`;
      if (!grown!.any) return null;
    }
    const heads = await tx.$queryRaw<{ chain: number; seq: bigint; hash: string; leaf: bigint }[]>`SELECT chain, seq, hash, leaf FROM journal_tree_head ORDER BY chain`;
    const body: TCheckpointBody = {
      v: 1,
      origin: CHECKPOINT_ORIGIN,
      treeSize: size.toString(),
      root: toHex(await storedRoot(tx, size)),
      heads: heads.map((h) => ({ chain: h.chain, seq: h.seq.toString(), hash: h.hash, leaf: h.leaf.toString() })),
      at: now.toISOString(),
    };
    const signed = signCheckpoint(body, key.privateKey, key.publicKey);
    const row = await tx.journalCheckpoint.create({ data: { treeSize: size, root: body.root, body: signed.body, keyId: signed.keyId, signature: signed.signature, signedAt: now } });
    await appendJournal(tx, SYSTEM_CHAIN, KIND, { checkpoint: row.id, treeSize: body.treeSize, root: body.root, keyId: signed.keyId, signature: signed.signature });
    return toStored(row);
  });
}

function toStored(row: { id: number; treeSize: bigint; root: string; body: string; keyId: string; signature: string; signedAt: Date }): TStoredCheckpoint {
  return { id: row.id, treeSize: row.treeSize, root: row.root, body: row.body, keyId: row.keyId, signature: row.signature, signedAt: row.signedAt };
}

/** The checkpoint as an outsider saves it. */
export const signedOf = (c: TSignedCheckpoint): TSignedCheckpoint => ({ body: c.body, keyId: c.keyId, signature: c.signature });

export async function listCheckpoints({ take = 100, beforeId }: { take?: number; beforeId?: number } = {}, db: Db = prisma()): Promise<TStoredCheckpoint[]> {
  const rows = await db.journalCheckpoint.findMany({ where: beforeId ? { id: { lt: beforeId } } : {}, orderBy: { id: "desc" }, take });
  return rows.map(toStored);
}

export async function checkpointById(id: number, db: Db = prisma()): Promise<TStoredCheckpoint | null> {
  const row = await db.journalCheckpoint.findUnique({ where: { id } });
  return row ? toStored(row) : null;
}

/** The newest checkpoint whose tree holds this leaf; if none does yet, one is made now. */
export async function checkpointCovering(db: Db, leaf: bigint): Promise<TStoredCheckpoint | null> {
  const found = await db.journalCheckpoint.findFirst({ where: { treeSize: { gt: leaf } }, orderBy: { treeSize: "desc" } });
  if (found) return toStored(found);
  return makeCheckpoint(db, { force: true });
}
