import { describe, expect, it } from "vitest";
import { LABELLED_UNITS, unitLabel } from "./unit-label";
import { UNITS } from "./projects/units";
import { formatQuantityMilli } from "./quantity";

describe("unitLabel", () => {
  it.each([
    ["шт", "ru", "шт"],
    ["шт", "kk", "дана"],
    ["шт", "en", "pcs"],
    ["м3", "en", "m³"],
    ["1000 шт", "kk", "1000 дана"],
    ["комплект", "kk", "жиынтық"],
    ["чел.-ч", "en", "man-h"],
    ["бочка", "en", "бочка"],
  ] as const)("%s in %s reads %s", (unit, locale, expected) => {
    expect(unitLabel(unit, locale)).toBe(expected);
  });

  it("knows every unit an estimate may keep", () => {
    expect([...LABELLED_UNITS].sort()).toEqual(Object.keys(UNITS).sort());
  });

  it("is what quantities print with", () => {
    expect(formatQuantityMilli(350_000n, "kk", "шт")).toBe("350\u00A0дана");
    expect(formatQuantityMilli(1_500n, "en", "м3")).toBe("1,5\u00A0m³");
    expect(formatQuantityMilli(350_000n, "en", "1000 шт")).toBe("350 × 1000 pcs");
  });
});
