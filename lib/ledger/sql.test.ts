import { describe, expect, it } from "vitest";
import { inlined } from "./sql";

describe("inlined(): parameters written into a statement for the simple query protocol", () => {
  it("writes integers, strings, dates, booleans and nulls as literals, each placeholder by its number", () => {
    expect(inlined("SELECT f($1::int, $2::bigint, $10::text, $3::jsonb, $4::timestamptz, $5::boolean, $6::int, $7, $8, $9)", [
      5,
      -12345678901234567890n,
      `{"a":"it's"}`,
      new Date("2026-12-03T10:00:00Z"),
      true,
      null,
      undefined,
      0,
      "x\\y",
      "tenth",
    ])).toBe(`SELECT f((5)::int, (-12345678901234567890)::bigint, 'tenth'::text, '{"a":"it''s"}'::jsonb, '2026-12-03T10:00:00.000Z'::timestamptz, TRUE::boolean, NULL::int, NULL, (0),  E'x\\\\y')`);
  });

  it("declines what it cannot write safely, so that the statement goes with bound parameters instead", () => {
    expect(inlined("SELECT $1", [1.5])).toBeNull();
    expect(inlined("SELECT $1", [{ a: 1 }])).toBeNull();
    expect(inlined("SELECT $1", [new Date("nonsense")])).toBeNull();
    expect(inlined("SELECT $2", [1])).toBeNull();
    expect(inlined("SELECT '$1'", [1])).toBeNull();
    expect(inlined("SELECT 1; SELECT $1", [1])).toBeNull();
    expect(inlined("SELECT $$x$$, $1", [1])).toBeNull();
    expect(inlined(`SELECT "a$1"`, [1])).toBeNull();
    expect(inlined(`SELECT "a b", $1`, [1])).toBeNull();
  });

  it("writes a statement with a quoted type name (an enum's), which holds no placeholder", () => {
    expect(inlined(`SELECT f($1::"TransferKind", $2)`, ["exit", 3])).toBe(`SELECT f('exit'::"TransferKind", (3))`);
  });
});
