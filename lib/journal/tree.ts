import "server-only";
import type { Db, Tx } from "../db";
import { appendLeaves, consistencyProof, frontierNodes, fromHex, inclusionProof, leafHash, mapSource, nodesNeeded, treeRoot, type THash, type TNodeSource } from "./merkle";

// The journal's Merkle tree, stored and extended behind the postings (decision 0130): never inside a payment's
// transaction, so the payment path pays nothing for it. A leaf is the SHA-256 of (0x00 ‖ the entry's 32-byte
// chain hash); the leaves are the journal's entries in the order this builder appended them, which is the order of
// their ids among the entries committed when it ran. An entry committed later with a lower id (its transaction
// took an id, then committed after a later one) is appended when it becomes visible: the builder looks back
// LOOKBACK ids behind the newest leaf for entries not yet in the tree.
const LOOKBACK = 5_000n;
// Only one builder at a time, in any process: the key of its advisory lock.
export const TREE_LOCK = 1_770_017;

type TNewEntry = { id: bigint; chain: number; seq: bigint; hash: string };

/** The tree's size (leaves) as stored. */
export async function treeSize(db: Db | Tx): Promise<bigint> {
  const [row] = await db.$queryRaw<{ size: bigint }[]>`SELECT coalesce(max(idx) + 1, 0)::bigint AS size FROM journal_leaf`;
  return BigInt(row!.size);
}

/**
 * Appends every committed journal entry not yet in the tree, `batch` at a time, each batch in its own short
 * transaction. Returns the new size and how many leaves were added; if another builder holds the tree, returns at
 * once with what is stored (it will add them).
 */
export async function extendJournalTree(db: Db, { batch = 20_000 }: { batch?: number } = {}): Promise<{ size: bigint; added: number }> {
  let added = 0;
  for (;;) {
    const step = await db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ got: boolean }[]>`SELECT pg_try_advisory_xact_lock(${TREE_LOCK}::bigint) AS got`;
      if (!lock!.got) return null;
      return appendBatch(tx, batch);
    }, { timeout: 120_000 });
    if (!step) return { size: await treeSize(db), added };
    added += step.added;
    if (step.added < batch) return { size: step.size, added };
  }
}

async function appendBatch(tx: Tx, batch: number): Promise<{ size: bigint; added: number }> {
  const size = await treeSize(tx);
  const [newest] = await tx.$queryRaw<{ id: bigint | null }[]>`SELECT max(entry_id) AS id FROM journal_leaf`;
  const after = newest!.id === null ? 0n : BigInt(newest!.id) - LOOKBACK;
  const entries = await tx.$queryRaw<TNewEntry[]>`
    SELECT e.id, e.chain, e.seq, e.hash FROM journal_entry e
    WHERE e.id > ${after}::bigint AND NOT EXISTS (SELECT 1 FROM journal_leaf l WHERE l.entry_id = e.id)
    ORDER BY e.id LIMIT ${batch}`;
  if (entries.length === 0) return { size, added: 0 };
  const edge = await fetchNodes(tx, frontierNodes(size));
  const frontier = new Map(frontierNodes(size).map((f) => [f.level, edge.get(`${f.level}:${f.index}`)!]));
  const grown = appendLeaves(size, frontier, entries.map((e) => leafHash(fromHex(e.hash))));
  await tx.$executeRaw`
    INSERT INTO journal_tree_node (level, idx, hash)
    SELECT level, idx, decode(hash, 'hex') FROM unnest(${grown.nodes.map((n) => n.level)}::int[], ${grown.nodes.map((n) => n.index)}::bigint[], ${grown.nodes.map((n) => n.hash.toString("hex"))}::text[]) AS t(level, idx, hash)`;
  await tx.$executeRaw`
    INSERT INTO journal_leaf (idx, entry_id)
    SELECT idx, entry_id FROM unnest(${entries.map((_, i) => size + BigInt(i))}::bigint[], ${entries.map((e) => e.id)}::bigint[]) AS t(idx, entry_id)`;
  // Each chain's last entry in this batch: within a chain, entries commit in seq order (the chain's head lock).
  const heads = new Map<number, { seq: bigint; hash: string; leaf: bigint }>();
  entries.forEach((e, i) => heads.set(e.chain, { seq: BigInt(e.seq), hash: e.hash, leaf: size + BigInt(i) }));
  const list = [...heads.entries()];
  await tx.$executeRaw`
    INSERT INTO journal_tree_head (chain, seq, hash, leaf)
    SELECT * FROM unnest(${list.map(([c]) => c)}::int[], ${list.map(([, h]) => h.seq)}::bigint[], ${list.map(([, h]) => h.hash)}::text[], ${list.map(([, h]) => h.leaf)}::bigint[])
    ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, leaf = excluded.leaf`;
  return { size: grown.size, added: entries.length };
}

async function fetchNodes(db: Db | Tx, keys: { level: number; index: bigint }[]): Promise<Map<string, THash>> {
  if (keys.length === 0) return new Map();
  const rows = await db.$queryRaw<{ level: number; idx: bigint; hash: Uint8Array }[]>`
    SELECT n.level, n.idx, n.hash FROM journal_tree_node n
    JOIN unnest(${keys.map((k) => k.level)}::int[], ${keys.map((k) => k.index)}::bigint[]) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx`;
  return new Map(rows.map((r) => [`${r.level}:${BigInt(r.idx)}`, Buffer.from(r.hash)]));
}

/** Runs a tree algorithm over the stored tree, reading the nodes it needs in one query. */
export async function withStoredTree<T>(db: Db | Tx, run: (node: TNodeSource) => T): Promise<T> {
  const nodes = await fetchNodes(db, nodesNeeded(run));
  return run(mapSource(nodes));
}

export const storedRoot = (db: Db | Tx, size: bigint) => withStoredTree(db, (node) => treeRoot(node, size));
export const storedInclusionProof = (db: Db | Tx, leaf: bigint, size: bigint) => withStoredTree(db, (node) => inclusionProof(node, leaf, size));
export const storedConsistencyProof = (db: Db | Tx, from: bigint, to: bigint) => withStoredTree(db, (node) => consistencyProof(node, from, to));
