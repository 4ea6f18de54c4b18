import "server-only";
import type { Db } from "../db";
import { toEntry } from "../ledger/verify-journal";
import { CheckpointVerifier, type TCheckpointBody, type TCheckpointProblem } from "./checkpoint-format";
import { fromHex, verifyConsistency } from "./merkle";
import { storedConsistencyProof, storedRoot, treeSize } from "./tree";

type TRow = { leaf: bigint; chain: number; seq: bigint; kind: string; payload: string; prev_hash: string; hash: string };

export type TCheckpointCheck = { problem: TCheckpointProblem | null; read: bigint; checkpoints: number; consistencyChecked: number };

/**
 * Checks the database's journal against checkpoints an outsider saved (signatures already checked): every entry a
 * checkpoint vouched for is still there, unchanged and in its place, and the stored tree proves each later
 * checkpoint extends the earlier (consistency proofs). Reads the tree's leaves in order, `batch` at a time.
 */
export async function verifyAgainstCheckpoints(db: Db, checkpoints: TCheckpointBody[], { batch = 5000, onProgress }: { batch?: number; onProgress?: (read: bigint) => void } = {}): Promise<TCheckpointCheck> {
  const verifier = new CheckpointVerifier(checkpoints);
  const largest = checkpoints.reduce((m, c) => (BigInt(c.treeSize) > m ? BigInt(c.treeSize) : m), 0n);
  let after = -1n;
  while (!verifier.problem && after + 1n < largest) {
    const rows = await db.$queryRaw<TRow[]>`
      SELECT l.idx AS leaf, e.chain, e.seq, e.kind, e.payload, e.prev_hash, e.hash
      FROM journal_leaf l JOIN journal_entry e ON e.id = l.entry_id
      WHERE l.idx > ${after}::bigint AND l.idx < ${largest}::bigint ORDER BY l.idx LIMIT ${batch}`;
    for (const r of rows) if (verifier.add({ ...toEntry(r), leaf: BigInt(r.leaf) })) break;
    onProgress?.(verifier.read);
    if (rows.length < batch) break;
    after = BigInt(rows[rows.length - 1]!.leaf);
  }
  const problem = verifier.problem ?? verifier.finish();
  let consistencyChecked = 0;
  if (!problem) {
    const sorted = [...checkpoints].sort((a, b) => (BigInt(a.treeSize) < BigInt(b.treeSize) ? -1 : 1));
    const size = await treeSize(db);
    const newest = sorted.at(-1);
    for (let i = 0; newest && i < sorted.length; i++) {
      const from = sorted[i]!;
      const to = i + 1 < sorted.length ? sorted[i + 1]! : null;
      // The last saved one is proved a prefix of the tree as it is now; an empty tree is everyone's prefix.
      if (BigInt(from.treeSize) === 0n) continue;
      const toSize = to ? BigInt(to.treeSize) : size;
      const toRoot = to ? fromHex(to.root) : await storedRoot(db, size);
      const proof = await storedConsistencyProof(db, BigInt(from.treeSize), toSize);
      if (!verifyConsistency(BigInt(from.treeSize), toSize, fromHex(from.root), toRoot, proof)) {
        return { problem: { chain: null, seq: null, treeSize: toSize, reason: `the tree of ${toSize} entries does not extend the checkpoint of ${from.treeSize} entries (consistency proof fails)` }, read: verifier.read, checkpoints: verifier.checkedCheckpoints, consistencyChecked };
      }
      consistencyChecked++;
    }
  }
  return { problem, read: verifier.read, checkpoints: verifier.checkedCheckpoints, consistencyChecked };
}
