import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, move } from "./colour-fixture";
import { decideRushBeforeExpiry, rushBeforeExpiry } from "./rush-before-expiry";

const DAY = 86_400_000;
const expiresAt = new Date("2026-12-31T00:00:00Z");
const daysBefore = (n: number) => new Date(expiresAt.getTime() - n * DAY);
const base = { expiresAt, mintedTiyn: 1000n, mintedAt: daysBefore(200) };

describe("rush before expiry: the decision", () => {
  it.each([
    { row: "hit", why: "idle, then 60 % in the last 30 days", payments: [{ at: daysBefore(10), amountTiyn: 600n }], fires: true },
    { row: "hit", why: "payments long before the idle period do not matter", payments: [{ at: daysBefore(150), amountTiyn: 100n }, { at: daysBefore(5), amountTiyn: 600n }], fires: true },
    { row: "hit", why: "the first day of the last 30 counts", payments: [{ at: daysBefore(30), amountTiyn: 600n }], fires: true },
    { row: "near-miss", why: "idle, then exactly half", payments: [{ at: daysBefore(10), amountTiyn: 500n }], fires: false },
    { row: "hit", why: "40 % paid early, idle, then 40 % of the colour: two thirds of the idle money", payments: [{ at: daysBefore(170), amountTiyn: 400n }, { at: daysBefore(10), amountTiyn: 400n }], fires: true },
    { row: "near-miss", why: "30 % paid early, idle, then exactly half of the idle 70 %", payments: [{ at: daysBefore(170), amountTiyn: 300n }, { at: daysBefore(10), amountTiyn: 350n }], fires: false },
    { row: "look-alike", why: "a steady spender: a payment during the idle period", payments: [{ at: daysBefore(60), amountTiyn: 1n }, { at: daysBefore(10), amountTiyn: 600n }], fires: false },
  ])("$row: $why → $fires", ({ payments, fires }) => {
    expect(decideRushBeforeExpiry({ ...base, payments }, C.rushBeforeExpiry) !== null).toBe(fires);
  });
  it("a colour minted less than 120 days before expiry was never idle for 90 days", () => {
    expect(decideRushBeforeExpiry({ ...base, mintedAt: daysBefore(100), payments: [{ at: daysBefore(10), amountTiyn: 900n }] }, C.rushBeforeExpiry)).toBeNull();
  });
});

describe("rush before expiry: what it finds in a colour", () => {
  it.each([
    { row: "hit", why: "the project paid 60 % at the end", from: "project", subjects: ["1"] },
    { row: "look-alike", why: "a contractor paid its subcontractor 60 % at the end", from: "company", subjects: [] },
  ])("$row: $why", ({ from, subjects }) => {
    const colour = colourFacts({ minted: 1000n, mintedAt: daysBefore(200), expiresAt, moves: [move({ id: 9n, from_kind: from, to_org: 10, amount_tiyn: 600n, at: daysBefore(10), document_id: 4n })] });
    const found = rushBeforeExpiry.detect(colour, undefined, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].evidence).toEqual({ transfers: ["9"], invoices: [4], companies: [10] });
  });
});
