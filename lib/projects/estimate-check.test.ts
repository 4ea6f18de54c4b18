import { describe, expect, it } from "vitest";
import { checkUnit, isCategory, isItemCode } from "./estimate-check";

describe("estimate item checks", () => {
  it.each([
    ["236310.100.000003", true],
    ["192021.530.000001", true],
    ["A", true],
    ["A-1", true],
    ["NEW-1", true],
    ["П-01", true],
    ["123", false],
    ["236310100000003", false],
    ["236310.100", false],
    ["23631.100.000003", false],
    ["-A", false],
    ["A 1", false],
    ["", false],
  ])("item code %j: %s", (code, ok) => expect(isItemCode(code)).toBe(ok));

  it.each([
    ["23", true],
    ["23.6", true],
    ["23.63", true],
    ["41.00", true],
    ["23.63.10", true],
    ["23.63.10.1", true],
    ["xx", false],
    ["2", false],
    ["236", false],
    ["23.", false],
    ["23.631", false],
    ["23.63.10.1.1", false],
  ])("category %j: %s", (category, ok) => expect(isCategory(category)).toBe(ok));

  it.each([
    ["кг", { ok: true, unit: "кг" }],
    ["куб.м", { ok: true, unit: "м3" }],
    ["kg", { ok: false, code: "UNIT_SPELLING", spelling: "кг" }],
    ["t", { ok: false, code: "UNIT_SPELLING", spelling: "т" }],
    ["bucket", { ok: false, code: "UNKNOWN_UNIT" }],
  ])("unit %j", (unit, result) => expect(checkUnit(unit)).toEqual(result));
});
