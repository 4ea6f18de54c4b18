import { describe, expect, it } from "vitest";
import { hideSmallCounts, publicTotal } from "./disclosure";

describe("public meal counts", () => {
  it.each([
    { why: "large counts shown, zero shown", values: [120, 0, 57], shown: [120, 0, 57] },
    { why: "1–4 hidden (two of them: neither recoverable from the total)", values: [120, 3, 4, 57], shown: [120, null, null, 57] },
    { why: "one small cell alone: the smallest other non-zero cell goes too", values: [120, 3, 57, 0], shown: [120, null, null, 0] },
    { why: "exactly 5 is shown", values: [5, 5], shown: [5, 5] },
    { why: "a single row that is small", values: [2], shown: [null] },
  ])("$why", ({ values, shown }) => {
    expect(hideSmallCounts(values)).toEqual(shown);
  });
  it("hides a small total", () => {
    expect(publicTotal(4)).toBeNull();
    expect(publicTotal(0)).toBe(0);
    expect(publicTotal(5)).toBe(5);
  });
});
