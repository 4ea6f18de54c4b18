import { describe, expect, it } from "vitest";
import { amount, CellProblem, choice, day, flag, instant, percentBp, quantity, text, writeAmount, writePercent, writeQuantity } from "./cells";

const cell = (value: string) => ({ c: value });
const problem = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof CellProblem) return error.message;
    throw error;
  }
  return null;
};

describe("amount", () => {
  it.each([
    ["1234567.89", 123456789n],
    ["5", 500n],
    ["0.5", 50n],
    ["100.05", 10005n],
  ])("%s → %s tiyn", (value, tiyn) => expect(amount(cell(value), "c")).toBe(tiyn));

  it.each([["1 234,50"], ["1.234"], ["-5"], ["abc"], [""], ["0"], ["12.345"]])("refuses %j", (value) => {
    expect(problem(() => amount(cell(value), "c"))).toMatch(/^Column c: /);
  });

  it("allows zero when asked", () => expect(amount(cell("0.00"), "c", { allowZero: true })).toBe(0n));
});

describe("quantity", () => {
  it.each([
    ["12.5", 12500n],
    ["1450", 1450000n],
    ["0.001", 1n],
  ])("%s → %s", (value, milli) => expect(quantity(cell(value), "c")).toBe(milli));
  it.each([["0"], ["1.2345"], ["-1"], ["1,5"], [""]])("refuses %j", (value) => expect(problem(() => quantity(cell(value), "c"))).not.toBeNull());
});

describe("day and instant", () => {
  it.each([
    ["2026-02-28", "2026-02-28"],
    ["", null],
  ])("day %j", (value, expected) => expect(day(cell(value), "c", { required: false })).toBe(expected));
  it.each([["2026-02-30"], ["28.02.2026"], ["2026-2-8"]])("refuses day %j", (value) => expect(problem(() => day(cell(value), "c"))).toContain("yyyy-mm-dd"));

  it.each([
    ["2026-03-02T14:05:00+05:00", "2026-03-02T09:05:00.000Z"],
    ["2026-03-02T09:05Z", "2026-03-02T09:05:00.000Z"],
    ["2026-03-02T09:05:00.250Z", "2026-03-02T09:05:00.250Z"],
  ])("instant %s", (value, iso) => expect(instant(cell(value), "c")?.toISOString()).toBe(iso));
  it.each([["2026-03-02 14:05"], ["2026-03-02T14:05:00"], ["2026-13-02T14:05:00Z"]])("refuses instant %j", (value) => expect(problem(() => instant(cell(value), "c"))).not.toBeNull());
});

describe("percent, flag, choice, text", () => {
  it.each([
    ["30", 3000],
    ["12.5", 1250],
    ["0", 0],
    ["100", 10000],
    ["", null],
  ])("percent %j → %j", (value, bp) => expect(percentBp(cell(value), "c")).toBe(bp));
  it.each([["101"], ["12,5"], ["30%"]])("refuses percent %j", (value) => expect(problem(() => percentBp(cell(value), "c"))).not.toBeNull());

  it.each([
    ["yes", true],
    ["", false],
    ["FALSE", false],
    ["1", true],
  ])("flag %j → %j", (value, b) => expect(flag(cell(value), "c")).toBe(b));
  it("refuses a flag that is neither", () => expect(problem(() => flag(cell("maybe"), "c"))).toContain("neither yes nor no"));

  it("choice", () => {
    expect(choice(cell("work"), "c", ["work", "advance"])).toBe("work");
    expect(problem(() => choice(cell("x"), "c", ["work", "advance"]))).toBe('Column c: "x" is not one of work, advance.');
  });

  it("text trims and requires", () => {
    expect(text(cell("  a "), "c")).toBe("a");
    expect(problem(() => text(cell(" "), "c"))).toBe("Column c: required, but empty.");
    expect(text({}, "c", { required: false })).toBe("");
  });
});

describe("writers invert the readers", () => {
  it.each([[123456789n], [5n], [0n]])("amount %s", (tiyn) => expect(amount(cell(writeAmount(tiyn)), "c", { allowZero: true })).toBe(tiyn));
  it.each([[12500n, "12.5"], [1000n, "1"], [1n, "0.001"]])("quantity %s → %s", (milli, written) => {
    expect(writeQuantity(milli)).toBe(written);
    expect(quantity(cell(written), "c")).toBe(milli);
  });
  it.each([[3000, "30"], [1250, "12.5"], [5, "0.05"], [10000, "100"]])("percent %i → %s", (bp, written) => {
    expect(writePercent(bp)).toBe(written);
    expect(percentBp(cell(written), "c")).toBe(bp);
  });
});
