import "server-only";
import type pg from "pg";
import { pool, type Db, type Tx } from "../db";
import { appendLevels, consistencyProof, frontierNodes, inclusionProof, leafHashOfHex, mapSource, nodesNeeded, treeRoot, type THash, type TNodeSource } from "./merkle";

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
const ANALYZE_AFTER = 100_000;

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
      if (step.added < batch) {
        // A first build adds millions of rows at once; until autovacuum gets to them the planner believes the tables
        // are empty and pages through them with bitmap scans and sorts (a verify of 1.5 M entries went quadratic).
        if (added >= ANALYZE_AFTER) await client.query("ANALYZE journal_leaf, journal_tree_node");
        return { size: step.size, added };
      }
    }
  } finally {
    client.release();
  }
}

// One statement picks the next entries, numbers them as leaves, stores the leaves and each chain's new head, and
// returns their chain hashes in leaf order (decision 0151). The entries are those committed and not yet in the tree
// with an id above $1 (LOOKBACK behind the newest leaf), in id order: the ones at or below the newest leaf's id $2
// need the anti-join with journal_leaf (bounded to that id range on both sides, else the planner merges against the
// whole leaf index), the ones above it cannot be in the tree, so they are read straight off the primary key. Within a chain, entries commit in seq order (the chain's head
// lock), so its last entry in the batch is its head.
const PICK_AND_RECORD = `
  WITH picked AS (
    SELECT * FROM (
      (SELECT e.id, e.chain, e.seq, e.hash FROM journal_entry e
       WHERE e.id > $1::bigint AND e.id <= $2::bigint AND NOT EXISTS (SELECT 1 FROM journal_leaf l WHERE l.entry_id = e.id AND l.entry_id > $1::bigint)
       ORDER BY e.id LIMIT $4)
      UNION ALL
      (SELECT e.id, e.chain, e.seq, e.hash FROM journal_entry e WHERE e.id > $2::bigint ORDER BY e.id LIMIT $4)
    ) u ORDER BY id LIMIT $4
  ), numbered AS (
    SELECT id, chain, seq, hash, $3::bigint + row_number() OVER (ORDER BY id) - 1 AS leaf FROM picked
  ), leaves AS (
    INSERT INTO journal_leaf (idx, entry_id) SELECT leaf, id FROM numbered
  ), heads AS (
    INSERT INTO journal_tree_head (chain, seq, hash, leaf)
    SELECT DISTINCT ON (chain) chain, seq, hash, leaf FROM numbered ORDER BY chain, id DESC
    ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, leaf = excluded.leaf
  )
  SELECT hash FROM numbered ORDER BY leaf`;

// Every node the batch closed, in one statement: per level a run of consecutive indexes, their hashes concatenated
// in one binary parameter ($4, 32 bytes each) that the server slices, instead of tens of thousands of hex texts.
const INSERT_RUNS = `
  INSERT INTO journal_tree_node (level, idx, hash)
  SELECT r.level, r.start + g.k, substring($4::bytea FROM ((r.first + g.k) * 32 + 1)::int FOR 32)
  FROM unnest($1::int[], $2::bigint[], $3::bigint[], $5::bigint[]) AS r(level, start, first, count)
  CROSS JOIN LATERAL generate_series(0::bigint, r.count - 1) AS g(k)`;

async function appendBatch(client: pg.PoolClient, batch: number): Promise<{ size: bigint; added: number }> {
  const [stored] = (await client.query<{ size: string; newest: string | null }>("SELECT coalesce(max(idx) + 1, 0)::text AS size, max(entry_id)::text AS newest FROM journal_leaf")).rows;
  const size = BigInt(stored!.size);
  const newest = stored!.newest === null ? 0n : BigInt(stored!.newest);
  const after = stored!.newest === null ? 0n : newest - LOOKBACK;
  const edgeKeys = frontierNodes(size);
  const frontier = new Map<number, THash>();
  const upper = edgeKeys.filter((k) => k.level > 0);
  if (upper.length) {
    const edgeRows = (await client.query<{ level: number; hash: Buffer }>("SELECT level, hash FROM journal_tree_node WHERE (level, idx) IN (SELECT * FROM unnest($1::int[], $2::bigint[]))", [upper.map((k) => k.level), upper.map((k) => k.index.toString())])).rows;
    for (const r of edgeRows) frontier.set(r.level, Buffer.from(r.hash));
  }
  if (edgeKeys[0]?.level === 0) {
    const leaf = (await client.query<{ hash: string }>("SELECT e.hash FROM journal_leaf l JOIN journal_entry e ON e.id = l.entry_id WHERE l.idx = $1::bigint", [edgeKeys[0].index.toString()])).rows[0];
    if (leaf) frontier.set(0, leafHashOfHex(leaf.hash));
  }
  const { rows } = await client.query<{ hash: string }>(PICK_AND_RECORD, [after.toString(), newest.toString(), size.toString(), batch]);
  if (rows.length === 0) return { size, added: 0 };
  const leaves = new Array<THash>(rows.length);
  for (let i = 0; i < rows.length; i++) leaves[i] = leafHashOfHex(rows[i]!.hash);
  const grown = appendLevels(size, frontier, leaves);
  // Level 0 is not stored: a leaf hash is the hash of its entry's chain hash, read through journal_leaf.
  const runs = grown.levels.filter((r) => r.level > 0);
  if (runs.length === 0) return { size: grown.size, added: rows.length };
  const firsts: number[] = [];
  let first = 0;
  for (const run of runs) {
    firsts.push(first);
    first += run.hashes.length;
  }
  await client.query(INSERT_RUNS, [runs.map((r) => r.level), runs.map((r) => r.start.toString()), firsts, Buffer.concat(runs.flatMap((r) => r.hashes)), runs.map((r) => r.hashes.length)]);
  return { size: grown.size, added: rows.length };
}

// Level 0 (leaf hashes) from the entries through journal_leaf (trees built before decision 0151 also stored them in
// journal_tree_node; those rows are no longer read), every higher level from journal_tree_node.
async function fetchNodes(db: Db | Tx, keys: { level: number; index: bigint }[]): Promise<Map<string, THash>> {
  if (keys.length === 0) return new Map();
  const upper = keys.filter((k) => k.level > 0);
  const leafIdx = keys.filter((k) => k.level === 0).map((k) => k.index);
  // One round trip: the leaf hashes are computed by the server, SHA-256(0x00 ‖ entry hash).
  const rows = await db.$queryRaw<{ level: number; idx: bigint; hash: Uint8Array }[]>`
    SELECT n.level, n.idx, n.hash FROM journal_tree_node n
    JOIN unnest(${upper.map((k) => k.level)}::int[], ${upper.map((k) => k.index)}::bigint[]) AS k(level, idx) ON n.level = k.level AND n.idx = k.idx
    UNION ALL
    SELECT 0, l.idx, sha256('\\x00'::bytea || decode(e.hash, 'hex')) FROM journal_leaf l JOIN journal_entry e ON e.id = l.entry_id WHERE l.idx = ANY(${leafIdx}::bigint[])`;
  const nodes = new Map<string, THash>(rows.map((r) => [`${r.level}:${BigInt(r.idx)}`, Buffer.from(r.hash)]));
  return nodes;
}

/** Runs a tree algorithm over the stored tree, reading the nodes it needs in one query. */
export async function withStoredTree<T>(db: Db | Tx, run: (node: TNodeSource) => T): Promise<T> {
  const nodes = await fetchNodes(db, nodesNeeded(run));
  return run(mapSource(nodes));
}

export const storedRoot = (db: Db | Tx, size: bigint) => withStoredTree(db, (node) => treeRoot(node, size));
export const storedInclusionProof = (db: Db | Tx, leaf: bigint, size: bigint) => withStoredTree(db, (node) => inclusionProof(node, leaf, size));
export const storedConsistencyProof = (db: Db | Tx, from: bigint, to: bigint) => withStoredTree(db, (node) => consistencyProof(node, from, to));
