import { describe, expect, it } from "vitest";
import { canonicalUnit } from "./units";

describe("units", () => {
  it.each([
    ["куб.м", "м3"],
    ["тыс. шт", "1000 шт"],
    ["bucket", null],
  ])("reads %s as %s", (typed, unit) => expect(canonicalUnit(typed)).toBe(unit));
});
