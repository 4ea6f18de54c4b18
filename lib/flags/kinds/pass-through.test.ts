import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, move } from "./colour-fixture";
import { decidePassThrough, medianHoldingMs, ownWorkOf, passThrough, type TFlow, type TItemBill } from "./pass-through";

const DAY = 86_400_000;

describe("pass-through: the decision", () => {
  it.each([
    { row: "hit", why: "exactly 90 % forwarded, no own work, held 2 days", forwarded: 900n, own: 0n, days: 2, fires: true },
    { row: "hit", why: "everything forwarded at once", forwarded: 1000n, own: 0n, days: 0, fires: true },
    { row: "hit", why: "own work exactly 10 %", forwarded: 950n, own: 100n, days: 7, fires: true },
    { row: "near-miss", why: "89.9 % forwarded", forwarded: 899n, own: 0n, days: 1, fires: false },
    { row: "hit", why: "the typical tenge held 12 days (a shell keeping each payment a week and a half)", forwarded: 1000n, own: 0n, days: 12, fires: true },
    { row: "near-miss", why: "the typical tenge held 30.1 days", forwarded: 1000n, own: 0n, days: 30.1, fires: false },
    { row: "look-alike", why: "a fast forwarder with real own work (10.1 %)", forwarded: 950n, own: 101n, days: 1, fires: false },
    { row: "look-alike", why: "nothing forwarded", forwarded: 0n, own: 0n, days: null, fires: false },
  ])("$row: $why → $fires", ({ forwarded, own, days, fires }) => {
    const v = decidePassThrough({ receivedTiyn: 1000n, forwardedTiyn: forwarded, ownWorkTiyn: own, medianHoldingMs: days == null ? null : days * DAY }, C.passThrough);
    expect(v !== null).toBe(fires);
    if (v) expect(v.severity).toBe("high");
  });
  it("works in integer tiyn: a share of 90 % of an odd amount is not rounded up", () => {
    expect(decidePassThrough({ receivedTiyn: 1_000_000_000_001n, forwardedTiyn: 900_000_000_000n, ownWorkTiyn: 0n, medianHoldingMs: 0 }, C.passThrough)).toBeNull();
    expect(decidePassThrough({ receivedTiyn: 1_000_000_000_001n, forwardedTiyn: 900_000_000_001n, ownWorkTiyn: 0n, medianHoldingMs: 0 }, C.passThrough)).not.toBeNull();
  });
  it("scores more the more is forwarded", () => {
    const a = decidePassThrough({ receivedTiyn: 1000n, forwardedTiyn: 900n, ownWorkTiyn: 0n, medianHoldingMs: 0 }, C.passThrough)!;
    const b = decidePassThrough({ receivedTiyn: 1000n, forwardedTiyn: 1000n, ownWorkTiyn: 0n, medianHoldingMs: 0 }, C.passThrough)!;
    expect(b.score).toBeGreaterThan(a.score);
  });
});

describe("pass-through: holding time and own work", () => {
  const f = (amount: bigint, days: number) => ({ amount, in_at: new Date(0), out_at: new Date(days * DAY) });
  it.each([
    { why: "three rounds forwarded in a day, one held 30 days", flows: [f(100n, 1), f(100n, 1), f(100n, 1), f(100n, 30)], days: 1 },
    { why: "most of the money held long", flows: [f(100n, 1), f(300n, 30)], days: 30 },
    { why: "nothing forwarded", flows: [], days: null },
  ])("median holding: $why → $days", ({ flows, days }) => {
    expect(medianHoldingMs(flows)).toBe(days == null ? null : days * DAY);
  });
  const b = (item: number, side: "up" | "down", amount: bigint): TItemBill => ({ company: 10, item, side, amount });
  it.each([
    { why: "billed item 1, bought all of it", bills: [b(1, "up", 1000n), b(1, "down", 1000n)], own: 0n },
    { why: "billed items 1 and 2, bought item 1 only", bills: [b(1, "up", 1000n), b(1, "down", 900n), b(2, "up", 500n)], own: 600n },
    { why: "bought more of an item than it billed: no negative own work", bills: [b(1, "up", 100n), b(1, "down", 300n), b(2, "up", 50n)], own: 50n },
  ])("own work: $why → $own", ({ bills, own }) => {
    expect(ownWorkOf(bills)).toBe(own);
  });
});

describe("pass-through: what it finds in a colour", () => {
  // Company 10 receives 1000 (transfer 1) and forwards 950 of the same tiyn to company 20 (transfer 2).
  const colour = colourFacts({ moves: [move({ id: 1n, to_org: 10, amount_tiyn: 1000n }), move({ id: 2n, from_org: 10, to_org: 20, amount_tiyn: 950n })] });
  const flow = (days: number, amount = 950n): TFlow => ({ org: 10, in_id: 1n, out_id: 2n, amount, in_at: new Date(0), out_at: new Date(days * DAY) });
  const billed = (up: bigint, down: bigint): TItemBill[] => [{ company: 10, item: 1, side: "up", amount: up }, { company: 10, item: 1, side: "down", amount: down }];
  it.each([
    { row: "hit", why: "forwarded within 7 days, bought all it billed", flows: [flow(7)], bills: billed(1000n, 1000n), subjects: ["colour:1:company:10"] },
    { row: "near-miss", why: "forwarded after 31 days", flows: [flow(31)], bills: billed(1000n, 1000n), subjects: [] },
    { row: "look-alike", why: "a fast forwarder that did a fifth of the work itself", flows: [flow(1)], bills: billed(1000n, 800n), subjects: [] },
    { row: "look-alike", why: "the onward payment drew on another receipt", flows: [], bills: [], subjects: [] },
  ])("$row: $why", ({ flows, bills, subjects }) => {
    const found = passThrough.detect(colour, { flows, bills }, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].evidence).toMatchObject({ transfers: ["1", "2"], companies: [10, 20] });
  });
});
