import { describe, expect, it } from "vitest";
import { formatQuantityMilli, formatTiynPlain, invoiceTotalTiyn, lineAmountTiyn, shareOf } from "./amounts";

describe("lineAmountTiyn", () => {
  it.each([
    { q: 1_000n, p: 3_200_000n, expected: 3_200_000n, why: "one unit" },
    { q: 1_500n, p: 3_200_000n, expected: 4_800_000n, why: "one and a half units" },
    { q: 1n, p: 499n, expected: 0n, why: "0.499 tiyn rounds down" },
    { q: 1n, p: 500n, expected: 1n, why: "exactly half a tiyn rounds up" },
    { q: 1n, p: 501n, expected: 1n, why: "0.501 tiyn rounds up" },
    { q: 3n, p: 500n, expected: 2n, why: "1.5 tiyn rounds up" },
    { q: 0n, p: 3_200_000n, expected: 0n, why: "zero quantity" },
    { q: 1_234n, p: 1n, expected: 1n, why: "1.234 tiyn" },
    { q: 123_456_789n, p: 98_765_432_100n, expected: 12_193_263_111_263_527n, why: "far beyond 2^53 stays exact" },
    { q: -1n, p: 1_500n, expected: -1n, why: "-1.5 tiyn rounds half up to -1" },
    { q: -1n, p: 1_700n, expected: -2n, why: "-1.7 tiyn rounds to -2, not toward zero" },
  ])("$why: $q × $p → $expected", ({ q, p, expected }) => {
    expect(lineAmountTiyn(q, p)).toBe(expected);
  });

  it("matches (q·p + 500) / 1000 for non-negative inputs", () => {
    for (const [q, p] of [
      [7n, 13n],
      [999n, 1n],
      [1_001n, 999_999n],
      [250_000n, 3_550_000n],
    ] as const) {
      expect(lineAmountTiyn(q, p)).toBe((q * p + 500n) / 1000n);
    }
  });
});

describe("invoiceTotalTiyn", () => {
  it.each([
    { lines: [], expected: 0n },
    { lines: [{ itemCode: "a", quantityMilli: 100_000n, unitPriceTiyn: 3_100_000n }], expected: 310_000_000n },
    {
      // Rounded line by line: 0.5 + 0.5 tiyn is 2 tiyn, not 1.
      lines: [
        { itemCode: "a", quantityMilli: 1n, unitPriceTiyn: 500n },
        { itemCode: "b", quantityMilli: 1n, unitPriceTiyn: 500n },
      ],
      expected: 2n,
    },
  ])("sums $lines.length line(s) to $expected", ({ lines, expected }) => {
    expect(invoiceTotalTiyn(lines)).toBe(expected);
  });
});

describe("shareOf", () => {
  it.each([
    { amount: 5_000_000_000n, bp: 3000, expected: 1_500_000_000n },
    { amount: 1_000n, bp: 10000, expected: 1_000n },
    { amount: 1_000n, bp: 0, expected: 0n },
    { amount: 999n, bp: 3333, expected: 332n },
    { amount: 1n, bp: 9999, expected: 0n },
    { amount: -999n, bp: 3333, expected: -333n },
  ])("$bp bp of $amount → $expected (floor)", ({ amount, bp, expected }) => {
    expect(shareOf(amount, bp)).toBe(expected);
  });

  it("refuses fractional basis points", () => {
    expect(() => shareOf(100n, 12.5)).toThrow(RangeError);
  });
});

describe("formatQuantityMilli", () => {
  it.each([
    [1_500n, "1.5"],
    [2_000n, "2"],
    [1_234n, "1.234"],
    [1_050n, "1.05"],
    [1n, "0.001"],
    [0n, "0"],
    [1_200_000n, "1200"],
    [-1_500n, "-1.5"],
    [-1n, "-0.001"],
  ])("%s → %s", (q, text) => {
    expect(formatQuantityMilli(q)).toBe(text);
  });
});

describe("formatTiynPlain", () => {
  it.each([
    [123_456_789n, "1234567.89 KZT"],
    [3_200_000n, "32000.00 KZT"],
    [5n, "0.05 KZT"],
    [0n, "0.00 KZT"],
    [-150n, "-1.50 KZT"],
  ])("%s → %s", (tiyn, text) => {
    expect(formatTiynPlain(tiyn)).toBe(text);
  });
});
