import { describe, expect, it } from "vitest";
import { ChainVerifier, entryHash, GENESIS_HASH, type TJournalEntry } from "./journal-chain";

function chain(chainId: number, payloads: string[]): TJournalEntry[] {
  const out: TJournalEntry[] = [];
  let prev = GENESIS_HASH;
  payloads.forEach((payload, i) => {
    const seq = BigInt(i + 1);
    const hash = entryHash(prev, chainId, seq, "transfer", payload);
    out.push({ chain: chainId, seq, kind: "transfer", payload, prevHash: prev, hash });
    prev = hash;
  });
  return out;
}

describe("journal hash chain", () => {
  it("accepts intact chains, interleaved", () => {
    const a = chain(1, ["a1", "a2", "a3"]);
    const b = chain(2, ["b1", "b2"]);
    const v = new ChainVerifier();
    for (const e of [a[0]!, b[0]!, a[1]!, b[1]!, a[2]!]) expect(v.add(e)).toBeNull();
    expect(v.checked).toBe(5);
    expect(v.chains().map((c) => [c.chain, c.seq])).toEqual([
      [1, 3n],
      [2, 2n],
    ]);
  });

  it.each([
    ["altered payload", (es: TJournalEntry[]) => (es[1] = { ...es[1]!, payload: "a2-forged" }), 2n, /content does not match/],
    ["removed entry", (es: TJournalEntry[]) => es.splice(1, 1), 3n, /sequence jumps from 1 to 3/],
    ["re-hashed forgery", (es: TJournalEntry[]) => {
      const forged = { ...es[1]!, payload: "x" };
      forged.hash = entryHash(forged.prevHash, 1, 2n, "transfer", "x");
      es[1] = forged;
    }, 3n, /previous hash does not match/],
    ["wrong genesis", (es: TJournalEntry[]) => (es[0] = { ...es[0]!, prevHash: "f".repeat(64) }), 1n, /genesis/],
  ] as const)("names the first broken entry after %s", (_name, tamper, seq, reason) => {
    const entries = chain(1, ["a1", "a2", "a3", "a4"]);
    tamper(entries);
    const v = new ChainVerifier();
    for (const e of entries) v.add(e);
    expect(v.firstBroken).toMatchObject({ chain: 1, seq });
    expect(v.firstBroken!.reason).toMatch(reason);
  });

  it("verifies a segment anchored on its first entry", () => {
    const entries = chain(7, ["1", "2", "3", "4", "5"]).slice(2);
    const v = new ChainVerifier();
    for (const e of entries) expect(v.add(e)).toBeNull();
    expect(v.chains()[0]!.anchoredAt.seq).toBe(3n);
  });
});
