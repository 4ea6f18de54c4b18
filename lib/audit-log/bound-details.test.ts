import { describe, expect, it } from "vitest";
import { boundAuditDetails, boundAuditText } from "./bound-details";

describe("boundAuditText", () => {
  it.each([
    ["short", 10, "short"],
    ["x".repeat(12), 10, `${"x".repeat(10)}…[+2]`],
    ["a\u0000b", 10, "a\uFFFDb"],
    ["line\r\nforged", 50, "line\r\nforged"],
    ["bell\u0007", 10, "bell\uFFFD"],
  ])("%j (max %i) → %j", (text, max, expected) => {
    expect(boundAuditText(text, max)).toBe(expected);
  });
});

describe("boundAuditDetails", () => {
  it.each<[string, unknown, unknown]>([
    ["plain values stay", { a: 1, b: "x", c: true, d: null }, { a: 1, b: "x", c: true, d: null }],
    ["a bigint becomes text", { amount: 10n }, { amount: "10" }],
    ["undefined keys are dropped", { a: undefined, b: 1 }, { b: 1 }],
    ["a 1 MB reason is cut to 500 characters", { reason: "r".repeat(1_000_000) }, { reason: `${"r".repeat(500)}…[+999500]` }],
    ["arrays keep 20 items", { ids: Array.from({ length: 25 }, (_, i) => i) }, { ids: [...Array.from({ length: 20 }, (_, i) => i), "…[+5]"] }],
    ["depth is bounded", { a: { b: { c: { d: 1 } } } }, { a: { b: { c: "…" } } }],
    ["not a finite number", { n: Number.POSITIVE_INFINITY }, { n: "Infinity" }],
  ])("%s", (_name, details, expected) => {
    expect(boundAuditDetails(details)).toEqual(expected);
  });

  it("keeps the whole at about 4 KB", () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, "v".repeat(400)]));
    const out = boundAuditDetails(many);
    expect(JSON.stringify(out).length).toBeLessThanOrEqual(4000);
    expect(out).toHaveProperty("truncated");
  });
});
