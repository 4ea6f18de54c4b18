import { describe, expect, it } from "vitest";
import { splitProportionally } from "./split";

describe("splitProportionally", () => {
  it.each([
    [100n, [1n, 1n, 1n], [34n, 33n, 33n]],
    [10n, [3n, 7n], [3n, 7n]],
    [1n, [1n, 1n], [1n, 0n]],
    [7n, [0n, 5n, 5n], [0n, 4n, 3n]],
    [0n, [5n, 5n], [0n, 0n]],
    [5n, [0n, 0n], [0n, 0n]],
    [999_999_999_999n, [333n, 333n, 334n], [333_000_000_000n, 333_000_000_000n, 333_999_999_999n]],
  ])("splits %s over %o", (total, weights, shares) => {
    const out = splitProportionally(total, weights);
    expect(out).toEqual(shares);
    if (weights.some((w) => w > 0n)) expect(out.reduce((a, s) => a + s, 0n)).toBe(total);
  });

  it("always adds up exactly, for any weights", () => {
    let seed = 42;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 500; k++) {
      const weights = Array.from({ length: 1 + rnd(8) }, () => BigInt(1 + rnd(1_000_000)));
      const total = BigInt(rnd(10_000_000));
      const out = splitProportionally(total, weights);
      expect(out.reduce((a, s) => a + s, 0n)).toBe(total);
      expect(out.every((s) => s >= 0n)).toBe(true);
    }
  });
});
