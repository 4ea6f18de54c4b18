import { describe, expect, it } from "vitest";
import { displayBudgetCode, normalizeBudgetCode } from "./budget-code";

describe("budget classification codes", () => {
  it.each([
    ["04 9 467 037 015", "04 9 467 037 015"],
    ["049467037015", "04 9 467 037 015"],
    ["04.9.467.037.015", "04 9 467 037 015"],
    ["12 1 268 025 011", "12 1 268 025 011"],
    ["00 9 467 037 015", null],
    ["17 9 467 037 015", null],
    ["04 9 467 037 01", null],
    ["04 9 467 037 0155", null],
    ["ab 9 467 037 015", null],
  ])("%j → %j", (input, out) => expect(normalizeBudgetCode(input)).toBe(out));

  it("displays code and specifics together", () => expect(displayBudgetCode("04 9 467 037 015", "431")).toBe("04 9 467 037 015 / 431"));
});
