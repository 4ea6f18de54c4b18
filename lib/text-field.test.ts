import { describe, expect, it } from "vitest";
import { MALFORMED_VALUES } from "./http/malformed-values";
import { makeIin } from "./kz/iin";
import { isSaneDay, zDay, zOptionalBin, zOptionalIin, zText } from "./text-field";

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? null : result.error!.issues[0]!.message);

describe("zText", () => {
  const reason = zText({ min: 5, max: 1000 });
  it.each([
    ["  a good reason  ", null],
    ["abc", "tooShort:5"],
    ["", "tooShort:5"],
    ["x".repeat(1001), "tooLong:1000"],
    ["reason\u0000with NUL", "input.fields.nul"],
  ])("%j → %j", (value, message) => expect(issue(reason.safeParse(value))).toBe(message));

  it("trims before it measures", () => expect(reason.parse("  words  ")).toBe("words"));

  it.each(MALFORMED_VALUES.filter((m) => m.kind === "any").map((m) => [m.name, m.value] as const))("refuses the malformed %s", (_n, value) => {
    expect(zText({ max: 5000 }).safeParse(value).success).toBe(false);
  });
});

describe("days", () => {
  it.each([
    ["2026-12-06", null],
    ["2000-01-01", null],
    ["2100-12-31", null],
    ["2024-02-29", null],
    ["2025-02-29", "input.fields.dateRange"],
    ["1999-12-31", "input.fields.dateRange"],
    ["2101-01-01", "input.fields.dateRange"],
    ["0001-01-01", "input.fields.dateRange"],
    ["9999-12-31", "input.fields.dateRange"],
    ["2026-13-01", "input.fields.dateRange"],
    ["+275760-09-13", "date"],
    ["2026-1-1", "date"],
    ["", "date"],
    ["2026-12-06\u0000", "date"],
    ["1e30", "date"],
  ])("%j → %j", (value, message) => {
    expect(issue(zDay().safeParse(value))).toBe(message);
    expect(isSaneDay(value)).toBe(message === null);
  });
});

describe("optional IIN and BIN fields", () => {
  const iin = makeIin("900101", 3, 1);
  it.each([
    ["an IIN", zOptionalIin(), ` ${iin} `, iin, null],
    ["no IIN", zOptionalIin(), "", null, null],
    ["an absent IIN", zOptionalIin(), undefined, null, null],
    ["a malformed IIN", zOptionalIin(), "12345", undefined, "contractors.errors.iin.format"],
    ["a BIN", zOptionalBin(), "940140000385", "940140000385", null],
    ["no BIN", zOptionalBin(), "  ", null, null],
    ["a BIN with a wrong check digit", zOptionalBin(), "940140000386", undefined, "bin.check_digit"],
  ] as const)("%s", (_, schema, input, value, message) => {
    const result = schema.safeParse(input);
    expect(issue(result)).toBe(message);
    if (result.success) expect(result.data).toBe(value);
  });
});
