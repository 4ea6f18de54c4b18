import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { mealToken, SLICE_MS, sliceOf, verifyMealToken } from "./token";

const key = crypto.createHash("sha256").update("test key").digest();
const otherKey = crypto.createHash("sha256").update("another key").digest();
const t0 = new Date("2026-12-07T03:15:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("meal token", () => {
  const token = mealToken(key, 42, t0);

  it.each([
    ["the slice it was made in", token, at(0), { ok: true, voucherId: 42, slice: sliceOf(t0) }],
    ["the end of that slice", token, at(SLICE_MS - 1 - (t0.getTime() % SLICE_MS)), { ok: true, voucherId: 42 }],
    ["the next slice (the QR just changed)", token, at(SLICE_MS), { ok: true, voucherId: 42 }],
    ["two slices later", token, at(2 * SLICE_MS), { ok: false, code: "MEAL_TOKEN_EXPIRED" }],
    ["a slice before it was made", token, at(-SLICE_MS), { ok: false, code: "MEAL_TOKEN_EXPIRED" }],
    ["made under another key", mealToken(otherKey, 42, t0), at(0), { ok: false, code: "MEAL_TOKEN_FORGED" }],
    ["another voucher's number with this MAC", token.replace(/^m1\.[0-9a-z]+\./, "m1.1b."), at(0), { ok: false, code: "MEAL_TOKEN_FORGED" }],
    ["a shifted slice with this MAC", token.replace(/^(m1\.[0-9a-z]+\.)[0-9a-z]+/, (_, p) => p + (sliceOf(t0) + 1n).toString(36)), at(SLICE_MS), { ok: false, code: "MEAL_TOKEN_FORGED" }],
    ["empty", "", at(0), { ok: false, code: "MEAL_TOKEN_MALFORMED" }],
    ["another version", token.replace(/^m1/, "m2"), at(0), { ok: false, code: "MEAL_TOKEN_MALFORMED" }],
    ["a truncated MAC", token.slice(0, -1), at(0), { ok: false, code: "MEAL_TOKEN_MALFORMED" }],
    ["too long", token + "A".repeat(80), at(0), { ok: false, code: "MEAL_TOKEN_MALFORMED" }],
    ["voucher zero", "m1.0.1.AAAAAAAAAAAAAAAAAAAAAA", at(0), { ok: false, code: "MEAL_TOKEN_MALFORMED" }],
    ["not a string", 12 as unknown as string, at(0), { ok: false, code: "MEAL_TOKEN_MALFORMED" }],
  ])("%s", (_name, value, scannedAt, expected) => {
    expect(verifyMealToken(key, value, scannedAt)).toMatchObject(expected);
  });

  it("changes every 30 seconds and differs per voucher", () => {
    expect(mealToken(key, 42, at(SLICE_MS))).not.toBe(token);
    expect(mealToken(key, 43, t0)).not.toBe(token);
    expect(mealToken(key, 42, new Date(Number(sliceOf(t0)) * SLICE_MS))).toBe(token);
  });
});
