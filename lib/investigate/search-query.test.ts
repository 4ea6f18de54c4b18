import { describe, expect, it } from "vitest";
import { transferNumberOf } from "./search-query";

describe("transferNumberOf", () => {
  it.each([
    ["123", 123n],
    ["#123", 123n],
    ["№ 42", 42n],
    ["  7  ", 7n],
    ["999999999999999999", 999999999999999999n],
    ["1234567890123456789", null],
    ["12a", null],
    ["INV-12", null],
    ["", null],
    ["#", null],
    ["-5", null],
  ])("%j → %s", (q, want) => {
    expect(transferNumberOf(q)).toBe(want);
  });
});
