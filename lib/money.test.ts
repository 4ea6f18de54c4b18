import { describe, expect, it } from "vitest";
import { formatTengeShort, formatTiyn, parseTenge, percent, tiynToDecimalString } from "./money";

const nb = (s: string) => s.replace(/ /g, "\u00A0");

describe("formatTiyn", () => {
  it.each([
    [123456789n, "1 234 567,89 ₸"],
    [0n, "0,00 ₸"],
    [5n, "0,05 ₸"],
    [100n, "1,00 ₸"],
    [99999999n, "999 999,99 ₸"],
    [-150n, "−1,50 ₸"],
    [408000000000n * 100n, "408 000 000 000,00 ₸"],
  ])("%s tiyn → %s", (tiyn, text) => {
    expect(formatTiyn(tiyn)).toBe(nb(text));
  });

  it("agrees with ICU's ru-KZ currency format", () => {
    const icu = new Intl.NumberFormat("ru-KZ", { style: "currency", currency: "KZT" }).format(1234567.89);
    expect(formatTiyn(123456789n)).toBe(icu);
  });

  it("can show a sign and omit the currency", () => {
    expect(formatTiyn(1000n, { sign: true })).toBe(nb("+10,00 ₸"));
    expect(formatTiyn(123456n, { currency: false })).toBe(nb("1 234,56"));
  });

  it("rounds to whole tenge for summaries", () => {
    expect(formatTengeShort(123456789n)).toBe(nb("1 234 568 ₸"));
  });
});

describe("parseTenge", () => {
  it.each([
    ["1 234 567,89", 123456789n],
    ["1234567.89", 123456789n],
    ["1\u00A0234\u00A0567,8", 123456780n],
    ["15", 1500n],
    ["15,", 1500n],
    ["0,01", 1n],
    ["2 500 ₸", 250000n],
  ])("%j → %s tiyn", (text, tiyn) => {
    expect(parseTenge(text)).toEqual({ ok: true, tiyn });
  });

  it.each([
    ["", "empty"],
    ["  ", "empty"],
    ["12,345", "precision"],
    ["-5", "negative"],
    ["1.2.3", "format"],
    ["abc", "format"],
    ["1e5", "format"],
    ["99999999999999999999", "too_large"],
  ])("%j is refused as %s", (text, reason) => {
    expect(parseTenge(text)).toEqual({ ok: false, reason });
  });

  it("round-trips through the decimal string", () => {
    for (const t of [0n, 1n, 99n, 100n, 123456789n]) {
      const parsed = parseTenge(tiynToDecimalString(t));
      expect(parsed).toEqual({ ok: true, tiyn: t });
    }
  });
});

describe("percent", () => {
  it.each([
    [1n, 3n, "33,3 %"],
    [0n, 0n, "0,0 %"],
    [3n, 3n, "100,0 %"],
  ])("%s of %s is %s", (a, b, text) => expect(percent(a, b)).toBe(nb(text)));
});
