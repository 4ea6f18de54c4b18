import { describe, expect, it } from "vitest";
import { binProblem, checkDigit, isValidBin, makeBin, type TBinProblem } from "./bin";

describe("BIN validation", () => {
  it.each([
    ["940140000385", null, "Halyk Bank example, first pass"],
    ["990140004654", null, "first pass gives 4"],
    ["240340001811", null, "synthetic, needs the second pass"],
    ["990140004655", "check_digit", "last digit changed"],
    ["940190000385", "entity_kind", "listed as 'month 90' in the reference: digits 3–4 are 01, digit 5 is 9"],
    ["949940000385", "month", "month 99"],
    ["94014000038", "format", "11 digits"],
    ["9401400003851", "format", "13 digits"],
    ["94014000038a", "format", "a letter"],
    ["940130000385", "entity_kind", "an IIN-like fifth digit"],
    ["940147000385", "unit_type", "unit type 7"],
  ] satisfies [string, TBinProblem | null, string][])("%s → %s (%s)", (bin, problem, _why) => {
    expect(binProblem(bin)).toBe(problem);
  });

  it("computes the IIN check digit of the worked examples, including the second pass", () => {
    expect(checkDigit("79102830272")).toBe(8);
    expect(checkDigit("06121160001")).toBe(2);
  });

  it("makes valid BINs for seed data", () => {
    for (let serial = 0; serial < 500; serial++) expect(isValidBin(makeBin(21, 6, serial))).toBe(true);
  });
});
