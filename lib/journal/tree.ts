import "server-only";
import type pg from "pg";
import { pool, type Db, type Tx } from "../db";
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

/** The tree's size (leaves) as stored. */
export async function treeSize(db: Db | Tx): Promise<bigint> {
  const [row] = await db.$queryRaw<{ size: bigint }[]>`SELECT coalesce(max(idx) + 1, 0)::bigint AS size FROM journal_leaf`;
  return BigInt(row!.size);
}

/**
 * Appends every committed journal entry not yet in the tree, `batch` at a time, each batch in its own short
 * transaction. Returns the new size and how many leaves were added; if another builder holds the tree, returns at
 * once with what is stored (it will add them). Runs on the pg driver itself, not Prisma: a batch sends arrays of
 * tens of thousands of values, which Prisma's raw parameters carried ten times slower (docs/PERFORMANCE.md).
 */
export async function extendJournalTree({ batch = 20_000 }: { batch?: number } = {}): Promise<{ size: bigint; added: number }> {
  let added = 0;
  const client = await pool().connect();
  try {
    for (;;) {
      await client.query("BEGIN");
      let step: { size: bigint; added: number } | null;
      try {
        const lock = await client.query<{ got: boolean }>("SELECT pg_try_advisory_xact_lock($1::bigint) AS got", [TREE_LOCK]);
        step = lock.rows[0]!.got ? await appendBatch(client, batch) : null;
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      if (!step) {
        const size = await client.query<{ size: string }>("SELECT coalesce(max(idx) + 1, 0)::text AS size FROM journal_leaf");
        return { size: BigInt(size.rows[0]!.size), added };
      }
      added += step.added;
      if (step.added < batch) return { size: step.size, added };
    }
  } finally {
    client.release();
  }
}

async function appendBatch(client: pg.PoolClient, batch: number): Promise<{ size: bigint; added: number }> {
  const [stored] = (await client.query<{ size: string; newest: string | null }>("SELECT coalesce(max(idx) + 1, 0)::text AS size, max(entry_id)::text AS newest FROM journal_leaf")).rows;
  const size = BigInt(stored!.size);
  const after = stored!.newest === null ? 0n : BigInt(stored!.newest) - LOOKBACK;
  const entries = (
    await client.query<{ id: string; chain: number; seq: string; hash: string }>(
      `SELECT e.id::text, e.chain, e.seq::text, e.hash FROM journal_entry e
       WHERE e.id > $1::bigint AND NOT EXISTS (SELECT 1 FROM journal_leaf l WHERE l.entry_id = e.id)
       ORDER BY e.id LIMIT $2`,
      [after.toString(), batch],
    )
  ).rows;
  if (entries.length === 0) return { size, added: 0 };
  const edgeKeys = frontierNodes(size);
  const edgeRows = edgeKeys.length
    ? (await client.query<{ level: number; idx: string; hash: Buffer }>("SELECT level, idx::text, hash FROM journal_tree_node WHERE (level, idx) IN (SELECT * FROM unnest($1::int[], $2::bigint[]))", [edgeKeys.map((k) => k.level), edgeKeys.map((k) => k.index.toString())])).rows
    : [];
  const frontier = new Map(edgeRows.map((r) => [r.level, Buffer.from(r.hash)]));
  const grown = appendLeaves(size, frontier, entries.map((e) => leafHash(fromHex(e.hash))));
  await client.query("INSERT INTO journal_tree_node (level, idx, hash) SELECT level, idx, decode(hash, 'hex') FROM unnest($1::int[], $2::bigint[], $3::text[]) AS t(level, idx, hash)", [
    grown.nodes.map((n) => n.level),
    grown.nodes.map((n) => n.index.toString()),
    grown.nodes.map((n) => n.hash.toString("hex")),
  ]);
  await client.query("INSERT INTO journal_leaf (idx, entry_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])", [entries.map((_, i) => (size + BigInt(i)).toString()), entries.map((e) => e.id)]);
  // Each chain's last entry in this batch: within a chain, entries commit in seq order (the chain's head lock).
  const heads = new Map<number, { seq: string; hash: string; leaf: string }>();
  entries.forEach((e, i) => heads.set(e.chain, { seq: e.seq, hash: e.hash, leaf: (size + BigInt(i)).toString() }));
  const list = [...heads.entries()];
  await client.query(
    `INSERT INTO journal_tree_head (chain, seq, hash, leaf) SELECT * FROM unnest($1::int[], $2::bigint[], $3::text[], $4::bigint[])
     ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, leaf = excluded.leaf`,
    [list.map(([c]) => c), list.map(([, h]) => h.seq), list.map(([, h]) => h.hash), list.map(([, h]) => h.leaf)],
  );
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
