import { describe, expect, it } from "vitest";
import { MALFORMED_VALUES } from "./malformed-values";
import { z } from "zod";
import { INT4_MAX, parseBigId, parseId, ZId, zId, zOptionalId } from "./parse-id";

describe("parseId", () => {
  it.each([
    ["1", 1],
    ["16", 16],
    ["2147483647", INT4_MAX],
    [42, 42],
  ])("reads %j as %j", (raw, id) => {
    expect(parseId(raw)).toBe(id);
    expect(ZId.parse(raw)).toBe(id);
  });

  it.each(MALFORMED_VALUES.map((m) => [m.name, m.value] as const))("refuses %s", (_name, raw) => {
    expect(parseId(raw)).toBeNull();
    expect(ZId.safeParse(raw).success).toBe(false);
  });

  it.each([[""], [null], [undefined], [1.5], [-1], [0], [2 ** 31], [Number.NaN], [Infinity], [["1", "2"]], [{}], [16n]])("refuses %s", (raw) => {
    expect(parseId(raw)).toBeNull();
  });

  it("says why in a form's words", () => {
    const result = ZId.safeParse("0x10");
    expect(result.success ? null : result.error.issues[0]!.message).toBe("invalidChoice");
  });
});

describe("parseBigId", () => {
  it.each([
    ["1", 1n],
    ["2147483648", 2147483648n],
    ["9223372036854775807", 9223372036854775807n],
  ])("reads %s", (raw, id) => expect(parseBigId(raw)).toBe(id));

  it.each([["9223372036854775808"], ["0x10"], ["1.5"], ["-1"], ["0"], ["1e30"], ["123456789012345678901234567890"], ["1\u00002"], [""]])("refuses %j", (raw) => {
    expect(parseBigId(raw)).toBeNull();
  });
});

describe("zOptionalId", () => {
  it.each([["", null], [null, null], ["7", 7]])("reads %j as %j", (raw, id) => expect(zOptionalId().parse(raw)).toBe(id));
  it.each([["0x10"], ["2147483648"], ["1.5"]])("refuses %j", (raw) => expect(zOptionalId().safeParse(raw).success).toBe(false));
});

describe("ids inside an object schema", () => {
  it("a missing optional id is null, a missing required one a message (zod 4 wants the key's output defined)", () => {
    const schema = z.object({ organizationId: zOptionalId(), userId: zId() });
    expect(schema.safeParse({ userId: "3" })).toMatchObject({ success: true, data: { organizationId: null, userId: 3 } });
    expect(schema.safeParse({}).success).toBe(false);
  });
});
