// Decision 0151: the tree builder's bulk path (one statement picks and records a batch, nodes stored per level in
// one statement, level 0 read through journal_leaf) gives the same tree as appending leaf by leaf in memory, in any
// batch size, including an entry that becomes visible after later ids.
import { describe, expect, it } from "vitest";
import { pool, prisma } from "../../lib/db";
import { consistencyProof, inclusionProof, leafHash, memoryTree, verifyConsistency, verifyInclusion } from "../../lib/journal/merkle";
import { extendJournalTree, storedConsistencyProof, storedInclusionProof, storedRoot } from "../../lib/journal/tree";

const INSERT = `INSERT INTO journal_entry (chain, seq, kind, payload, prev_hash, hash)
  SELECT 9000 + n % 7, $1::int * 1000 + n, 'transfer', '{}', repeat('0', 64), encode(sha256(convert_to('bulk' || $1 || '-' || n, 'UTF8')), 'hex')
  FROM generate_series(1, $2::int) AS n`;

/** The leaves as stored (in leaf order) and the in-memory tree over them. */
async function expected() {
  const rows = await prisma().$queryRaw<{ idx: bigint; id: bigint; hash: string }[]>`SELECT l.idx, e.id, e.hash FROM journal_leaf l JOIN journal_entry e ON e.id = l.entry_id ORDER BY l.idx`;
  rows.forEach((r, i) => expect(r.idx).toBe(BigInt(i)));
  return { ids: rows.map((r) => r.id), tree: memoryTree(rows.map((r) => leafHash(Buffer.from(r.hash, "hex")))) };
}

describe("the journal tree's bulk builder (decision 0151)", () => {
  it("builds in small batches exactly the tree an in-memory append gives, and its proofs verify", async () => {
    const sizes = [1, 2, 5, 13, 64, 1, 37];
    let round = 0;
    const checked: bigint[] = [];
    for (const [i, count] of sizes.entries()) {
      await pool().query(INSERT, [++round, count]);
      await extendJournalTree({ batch: [3, 7, 1000][i % 3] });
      const { tree } = await expected();
      const root = await storedRoot(prisma(), tree.size);
      expect(root.equals(tree.root)).toBe(true);
      for (const m of [0n, tree.size - 1n, tree.size / 2n]) {
        const proof = await storedInclusionProof(prisma(), m, tree.size);
        expect(proof).toEqual(inclusionProof(tree.node, m, tree.size));
        expect(verifyInclusion(tree.node(0, m), m, tree.size, proof, root)).toBe(true);
      }
      for (const old of checked) {
        const proof = await storedConsistencyProof(prisma(), old, tree.size);
        expect(proof).toEqual(consistencyProof(tree.node, old, tree.size));
        expect(verifyConsistency(old, tree.size, (await storedRoot(prisma(), old)), root, proof)).toBe(true);
      }
      checked.push(tree.size);
    }
    const heads = await prisma().$queryRaw<{ chain: number; leaf: bigint }[]>`SELECT chain, leaf FROM journal_tree_head WHERE chain >= 9000 ORDER BY chain`;
    const last = await prisma().$queryRaw<{ chain: number; leaf: bigint }[]>`SELECT e.chain, max(l.idx) AS leaf FROM journal_leaf l JOIN journal_entry e ON e.id = l.entry_id WHERE e.chain >= 9000 GROUP BY e.chain ORDER BY e.chain`;
    expect(heads).toEqual(last);
  });
});
