import { describe, expect, it } from "vitest";
import { canonicalUnit, unitSpellingFor } from "./units";

describe("units", () => {
  it.each([
    ["куб.м", "м3"],
    ["тыс. шт", "1000 шт"],
    ["bucket", null],
    ["kg", null],
    ["m3", null],
    ["pcs", null],
  ])("reads %s as %s", (typed, unit) => expect(canonicalUnit(typed)).toBe(unit));
});

describe("Latin look-alikes", () => {
  it.each([
    ["kg", "кг"],
    ["KG", "кг"],
    ["m3", "м3"],
    ["pcs", "шт"],
    ["кг", null],
    ["bucket", null],
  ])("%s is written %s", (typed, spelling) => expect(unitSpellingFor(typed)).toBe(spelling));
});
