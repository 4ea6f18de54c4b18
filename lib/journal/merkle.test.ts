import crypto from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendLeaves, consistencyProof, frontierNodes, inclusionProof, leafHash, memoryTree, nodeHash, rootFromInclusionProof, treeRoot, verifyConsistency, verifyInclusion, type THash } from "./merkle";

const leavesOf = (n: number, salt = "") => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`entry ${i}${salt}`)));

// RFC 6962 §2.1, written as literally as possible, to check the stored-subtree version against.
function referenceRoot(leaves: THash[]): THash {
  if (leaves.length === 0) return crypto.createHash("sha256").digest();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

const flip = (h: THash) => {
  const c = Buffer.from(h);
  c[0] = c[0]! ^ 1;
  return c;
};

describe("merkle tree (RFC 6962 / 9162)", () => {
  it("hashes leaves and nodes with their domain-separation prefixes", () => {
    expect(leafHash(Buffer.from("")).toString("hex")).toBe("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
    const a = leafHash(Buffer.from("a"));
    expect(nodeHash(a, a).equals(crypto.createHash("sha256").update(Buffer.concat([Buffer.from([1]), a, a])).digest())).toBe(true);
  });

  it("matches the RFC's recursive definition for every size up to 70", () => {
    for (let n = 0; n <= 70; n++) {
      const leaves = leavesOf(n);
      expect(memoryTree(leaves).root.equals(referenceRoot(leaves))).toBe(true);
    }
  });

  it("grows incrementally to the same tree as one built at once, in any batch sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 12 }), (batches) => {
        const all = leavesOf(batches.reduce((a, b) => a + b, 0));
        let size = 0n;
        let frontier = new Map<number, THash>();
        const nodes = new Map<string, THash>();
        let at = 0;
        for (const b of batches) {
          const r = appendLeaves(size, frontier, all.slice(at, at + b));
          at += b;
          size = r.size;
          frontier = r.frontier;
          r.nodes.forEach((x) => nodes.set(`${x.level}:${x.index}`, x.hash));
          // The right edge is exactly the nodes frontierNodes names.
          expect(frontierNodes(size).map((f) => nodes.get(`${f.level}:${f.index}`)!.toString("hex")).sort()).toEqual([...frontier.values()].map((h) => h.toString("hex")).sort());
        }
        expect(treeRoot((l, i) => nodes.get(`${l}:${i}`)!, size).equals(referenceRoot(all))).toBe(true);
      }),
    );
  });

  it("every leaf's inclusion proof verifies, in every tree size up to 40", () => {
    for (let n = 1; n <= 40; n++) {
      const tree = memoryTree(leavesOf(n));
      for (let m = 0; m < n; m++) {
        const proof = inclusionProof(tree.node, BigInt(m), BigInt(n));
        expect(verifyInclusion(leavesOf(n)[m]!, BigInt(m), BigInt(n), proof, tree.root)).toBe(true);
      }
    }
  });

  it("a changed leaf, a changed sibling, a wrong index or a wrong size fails (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (n, mSeed, sSeed) => {
        const leaves = leavesOf(n);
        const tree = memoryTree(leaves);
        const m = BigInt(mSeed % n);
        const N = BigInt(n);
        const proof = inclusionProof(tree.node, m, N);
        expect(verifyInclusion(leaves[Number(m)]!, m, N, proof, tree.root)).toBe(true);
        expect(verifyInclusion(flip(leaves[Number(m)]!), m, N, proof, tree.root)).toBe(false);
        if (proof.length) {
          const s = sSeed % proof.length;
          const bad = proof.map((p, i) => (i === s ? flip(p) : p));
          expect(verifyInclusion(leaves[Number(m)]!, m, N, bad, tree.root)).toBe(false);
          expect(verifyInclusion(leaves[Number(m)]!, m, N, proof.slice(0, -1), tree.root)).toBe(false);
        }
        if (n > 1) expect(verifyInclusion(leaves[Number(m)]!, (m + 1n) % N, N, proof, tree.root)).toBe(false);
        expect(rootFromInclusionProof(leaves[0]!, N, N, proof)).toBeNull();
      }),
    );
  });

  it("consistency between every pair of sizes up to 33 verifies, and a changed old leaf fails", () => {
    const leaves = leavesOf(33);
    const tree = memoryTree(leaves);
    for (let n = 1; n <= 33; n++) {
      const newRoot = treeRoot(tree.node, BigInt(n));
      for (let m = 1; m <= n; m++) {
        const oldRoot = treeRoot(tree.node, BigInt(m));
        const proof = consistencyProof(tree.node, BigInt(m), BigInt(n));
        expect(verifyConsistency(BigInt(m), BigInt(n), oldRoot, newRoot, proof)).toBe(true);
        const forked = memoryTree(leaves.slice(0, m).map((l, i) => (i === m - 1 ? flip(l) : l)));
        expect(verifyConsistency(BigInt(m), BigInt(n), forked.root, newRoot, proof)).toBe(false);
        if (proof.length) expect(verifyConsistency(BigInt(m), BigInt(n), oldRoot, newRoot, proof.map((p, i) => (i === 0 ? flip(p) : p)))).toBe(false);
      }
    }
  });

  it("consistency holds between random sizes of a large tree (property)", () => {
    const leaves = leavesOf(1500);
    const tree = memoryTree(leaves);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 1, max: 1500 }), (a, b) => {
        const [m, n] = a <= b ? [BigInt(a), BigInt(b)] : [BigInt(b), BigInt(a)];
        const proof = consistencyProof(tree.node, m, n);
        expect(verifyConsistency(m, n, treeRoot(tree.node, m), treeRoot(tree.node, n), proof)).toBe(true);
        if (m < n) expect(verifyConsistency(m, n, treeRoot(tree.node, n), treeRoot(tree.node, m), proof)).toBe(false);
      }),
    );
  });
});
