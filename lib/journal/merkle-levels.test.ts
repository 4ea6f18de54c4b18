import crypto from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appendLeaves, appendLevels, leafHash, leafHashOfHex, memoryTree, nodeHash, type THash } from "./merkle";

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`entry ${i}`)));
const flatten = (levels: { level: number; start: bigint; hashes: THash[] }[]) =>
  levels.flatMap((run) => run.hashes.map((hash, k) => `${run.level}:${run.start + BigInt(k)}:${hash.toString("hex")}`)).sort();

describe("appendLevels (decision 0151)", () => {
  it("closes the same nodes with the same hashes and leaves the same right edge as appendLeaves, in any batching", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.array(fc.integer({ min: 1, max: 70 }), { minLength: 1, maxLength: 12 }), (n, batches) => {
        const all = leavesOf(n + batches.reduce((a, b) => a + b, 0));
        let a = appendLeaves(0n, new Map(), all.slice(0, n));
        let b = appendLevels(0n, new Map(), all.slice(0, n));
        let at = n;
        for (const size of batches) {
          const part = all.slice(at, at + size);
          a = appendLeaves(a.size, a.frontier, part);
          b = appendLevels(b.size, b.frontier, part);
          at += size;
          expect(b.size).toBe(a.size);
          expect(flatten(b.levels)).toEqual(a.nodes.map((x) => `${x.level}:${x.index}:${x.hash.toString("hex")}`).sort());
          expect([...b.frontier.entries()].sort().map(([l, h]) => `${l}:${h.toString("hex")}`)).toEqual([...a.frontier.entries()].sort().map(([l, h]) => `${l}:${h.toString("hex")}`));
        }
      }),
      { numRuns: 150 },
    );
  });

  it("an empty append changes nothing", () => {
    const tree = appendLevels(0n, new Map(), leavesOf(5));
    const again = appendLevels(tree.size, tree.frontier, []);
    expect(again.levels).toEqual([]);
    expect(again.size).toBe(5n);
    expect(again.frontier).toEqual(tree.frontier);
  });

  it("the reused hash buffers give the RFC 6962 hashes, also for hex input and other lengths", () => {
    const data = Buffer.alloc(32, 7);
    const slow = (prefix: number, ...parts: Buffer[]) => crypto.createHash("sha256").update(Buffer.concat([Buffer.from([prefix]), ...parts])).digest();
    expect(leafHash(data).equals(slow(0, data))).toBe(true);
    expect(leafHashOfHex(data.toString("hex")).equals(slow(0, data))).toBe(true);
    expect(leafHashOfHex("zz".repeat(32)).equals(slow(0, Buffer.from("zz".repeat(32), "hex")))).toBe(true);
    expect(leafHash(Buffer.from("abc")).equals(slow(0, Buffer.from("abc")))).toBe(true);
    const l = leafHash(data);
    const r = leafHash(Buffer.from("x"));
    expect(nodeHash(l, r).equals(slow(1, l, r))).toBe(true);
    expect(nodeHash(l, Buffer.from("short")).equals(slow(1, l, Buffer.from("short")))).toBe(true);
    expect(memoryTree(leavesOf(7)).root.equals(nodeHash(nodeHash(nodeHash(leavesOf(7)[0]!, leavesOf(7)[1]!), nodeHash(leavesOf(7)[2]!, leavesOf(7)[3]!)), nodeHash(nodeHash(leavesOf(7)[4]!, leavesOf(7)[5]!), leavesOf(7)[6]!)))).toBe(true);
  });
});
