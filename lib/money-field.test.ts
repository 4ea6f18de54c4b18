import { describe, expect, it } from "vitest";
import { zPercentBp, zTenge } from "./money-field";

describe("zTenge", () => {
  it.each([
    ["1 234 567,89", 123456789n],
    ["4500000000", 450000000000n],
    ["0,01", 1n],
  ])("reads %s", (input, tiyn) => expect(zTenge().parse(input)).toBe(tiyn));

  it.each([
    ["", "amount"],
    ["abc", "amount"],
    ["1,234", "amountPrecision"],
    ["-5", "amountPositive"],
    ["0", "amountPositive"],
  ])("refuses %s with %s", (input, message) => {
    const r = zTenge().safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(message);
  });

  it("accepts zero when asked", () => expect(zTenge({ allowZero: true }).parse("0")).toBe(0n));
});

describe("zPercentBp", () => {
  it.each([
    ["30", 3000],
    ["12,5", 1250],
    ["0", 0],
    ["100", 10000],
    ["7.25 %", 725],
  ])("reads %s as %i bp", (input, bp) => expect(zPercentBp.parse(input)).toBe(bp));
  it.each(["101", "abc", "", "1,234", "-1"])("refuses %s", (input) => expect(zPercentBp.safeParse(input).success).toBe(false));
});
