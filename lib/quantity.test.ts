import { describe, expect, it } from "vitest";
import { formatQuantity, formatQuantityMilli, kilobytes } from "./quantity";

const nb = (s: string) => s.replace(/ /g, "\u00A0");

describe("quantities for readers", () => {
  it.each([
    [100n, "ru", undefined, "0,1"],
    [100n, "en", undefined, "0,1"],
    [48_000_000n, "ru", undefined, nb("48 000")],
    [48_000_000n, "kk", undefined, nb("48 000")],
    [48_000_000n, "en", undefined, nb("48 000")],
    [1_450_500n, "ru", "м3", nb("1 450,5 м3")],
    [1_450_500n, "en", "м3", nb("1 450,5 m³")],
    [1_234n, "ru", "т", nb("1,234 т")],
    [350_000n, "ru", "1000 шт", "350 × 1000 шт"],
    [1_450_000n, "ru", "1000 шт", "1\u00A0450 × 1000 шт"],
    [0n, "en", "шт", nb("0 pcs")],
    [250n, "ru", "работа", nb("0,25 работа")],
    [1_450_000n, "ru", "м3", nb("1 450 м3")],
    [-2_500n, "ru", undefined, "−2,5"],
    [1_000_000_000_000_000n, "en", undefined, nb("1 000 000 000 000")],
  ] as const)("%s thousandths in %s with %s → %s", (milli, locale, unit, text) => {
    expect(formatQuantityMilli(milli, locale, unit)).toBe(text);
  });

  it.each([
    ["0.1", "ru", "0,1"],
    ["48000", "ru", nb("48 000")],
    ["48000", "en", nb("48 000")],
    ["12,5", "en", "12,5"],
    ["1.0005", "ru", "1,001"],
    ["1.0004", "ru", "1"],
    ["-3.25", "en", "−3,25"],
    [0.1, "ru", "0,1"],
    [48000, "kk", nb("48 000")],
    [1536.25, "en", nb("1 536,25")],
    ["n/a", "ru", "n/a"],
    [123_456_789n, "ru", nb("123 456 789")],
    [123_456_789n, "en", nb("123 456 789")],
  ] as const)("%s in %s → %s", (value, locale, text) => {
    expect(formatQuantity(value, locale)).toBe(text);
  });

  it.each(["en", "ru", "kk"] as const)("one convention in every language, as money (%s)", (locale) => {
    expect(formatQuantity("0.1", locale)).toBe("0,1");
    expect(formatQuantity(48000, locale)).toBe(nb("48 000"));
    expect(formatQuantity("1200.5", locale)).toBe(nb("1 200,5"));
    expect(formatQuantityMilli(1_200_500n, locale)).toBe(nb("1 200,5"));
  });

  it("rounds to the precision asked for", () => {
    expect(formatQuantity(1536.256, "ru", "КБ", 1)).toBe(nb("1 536,3 КБ"));
    expect(formatQuantity("2.5", "en", undefined, 0)).toBe("3");
  });
});

describe("file sizes", () => {
  it.each([
    [0, 0],
    [1, 1],
    [1023, 1],
    [1024, 1],
    [1025, 2],
    [10 * 1024 * 1024, 10240],
  ])("%i bytes → %i KB, the same for every role", (bytes, kb) => {
    expect(kilobytes(bytes)).toBe(kb);
  });
});
