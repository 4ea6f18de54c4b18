import { describe, expect, it } from "vitest";
import { iinProblem, isValidIin, makeIin, type TIinProblem } from "./iin";

describe("IIN validation", () => {
  it.each([
    ["791028302728", null, "worked example B, first pass"],
    ["061211600012", null, "worked example C, second pass"],
    ["791028302729", "check_digit", "last digit changed"],
    ["791328302728", "birth_date", "month 13"],
    ["791000302728", "birth_date", "day 00"],
    ["791028702728", "century", "seventh digit 7"],
    ["79102830272", "format", "11 digits"],
    ["79102830272x", "format", "a letter"],
    ["", "format", "empty"],
  ] satisfies [string, TIinProblem | null, string][])("%s → %s (%s)", (iin, problem, _why) => {
    expect(iinProblem(iin)).toBe(problem);
  });

  it("makes valid synthetic IINs", () => {
    for (let serial = 0; serial < 300; serial++) expect(isValidIin(makeIin("850315", 3, serial))).toBe(true);
  });
});
