import { describe, expect, it } from "vitest";
import { canonicalUnit, formatQuantity } from "./units";

describe("units", () => {
  it.each([
    [1_450_000n, "м3", "1\u00A0450\u00A0м3"],
    [1_450_500n, "т", "1\u00A0450,5\u00A0т"],
    [250n, "работа", "0,25\u00A0работа"],
    [1_450_000n, "1000 шт", "1\u00A0450 × 1000 шт"],
  ])("formats %s %s", (milli, unit, text) => expect(formatQuantity(milli, unit)).toBe(text));
  it.each([
    ["куб.м", "м3"],
    ["тыс. шт", "1000 шт"],
    ["bucket", null],
  ])("reads %s as %s", (typed, unit) => expect(canonicalUnit(typed)).toBe(unit));
});
