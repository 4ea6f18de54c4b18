import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, company, day, move } from "./colour-fixture";
import { concentration, decideConcentration } from "./concentration";

describe("concentration: the decision", () => {
  it.each([
    { row: "hit", why: "more than half of what was paid out", received: 5001n, paidOut: 10000n, fires: true },
    { row: "near-miss", why: "exactly half", received: 5000n, paidOut: 10000n, fires: false },
    { row: "look-alike", why: "nothing paid out", received: 1n, paidOut: 0n, fires: false },
  ])("$row: $why → $fires", ({ received, paidOut, fires }) => {
    expect(decideConcentration({ receivedTiyn: received, paidOutTiyn: paidOut }, C.concentration) !== null).toBe(fires);
  });
  it.each([
    { row: "hit", why: "awarded 70 % of the general contract, 40 % of the payments so far", contracted: 7000n, received: 4000n, mature: true, fires: true },
    { row: "hit", why: "awarded 51 % in a young colour", contracted: 5100n, received: 0n, mature: false, fires: true },
    { row: "near-miss", why: "awarded exactly half", contracted: 5000n, received: 0n, mature: true, fires: false },
    { row: "look-alike", why: "a large honest subcontractor: 30 % of the award", contracted: 3000n, received: 4000n, mature: true, fires: false },
    { row: "look-alike", why: "60 % of the payments of a young colour, 20 % of the award", contracted: 2000n, received: 6000n, mature: false, fires: false },
  ])("by the award: $row: $why → $fires", ({ contracted, received, mature, fires }) => {
    expect(decideConcentration({ receivedTiyn: received, paidOutTiyn: 10000n, contractedTiyn: contracted, generalValueTiyn: 10000n }, C.concentration, mature) !== null).toBe(fires);
  });
});

describe("concentration: what it finds in a colour", () => {
  // The project paid the general contractor 10 (company 1) `paid` on day 0; it paid subcontractor 10 `received`.
  const colourOf = (o: { isSub: boolean; paid: bigint; received: bigint; minted?: bigint; lastDay?: number }) =>
    colourFacts({
      minted: o.minted ?? 10_000n,
      companies: [company({ id: 10, is_sub: o.isSub })],
      moves: [move({ id: 1n, from_kind: "project", to_org: 1, amount_tiyn: o.paid, at: day(0) }), move({ id: 2n, from_kind: "company", from_org: 1, to_org: 10, amount_tiyn: o.received, at: day(o.lastDay ?? 1) })],
    });
  it.each([
    { row: "hit", why: "a subcontractor received 60 % of what was paid out", isSub: true, paid: 5000n, received: 3000n, subjects: ["colour:1:company:10"] },
    { row: "hit", why: "60 % of what was paid out though only 6 % of the allocation, in a colour active 120 days", isSub: true, paid: 1000n, received: 600n, minted: 1_000_000n, lastDay: 120, subjects: ["colour:1:company:10"] },
    { row: "near-miss", why: "a subcontractor received half", isSub: true, paid: 5000n, received: 2500n, subjects: [] },
    { row: "look-alike", why: "the general contractor's share: the plan, not a pattern", isSub: false, paid: 5000n, received: 3000n, subjects: [] },
    { row: "look-alike", why: "a young colour (10 % paid out on day 1): its first subcontract is all of it", isSub: true, paid: 1000n, received: 900n, subjects: [] },
  ])("$row: $why", ({ isSub, paid, received, minted, lastDay, subjects }) => {
    expect(concentration.detect(colourOf({ isSub, paid, received, minted, lastDay }), { contracts: [] }, C).map((f) => f.subjectId)).toEqual(subjects);
  });
  it("a young colour's subcontractor awarded most of the general contract is seen at once", () => {
    const colour = colourOf({ isSub: true, paid: 1000n, received: 100n });
    const own = { contracts: [{ org: 1, is_general: true, value: 10000n }, { org: 10, is_general: false, value: 6500n }] };
    const [hit] = concentration.detect(colour, own, C);
    expect(hit).toMatchObject({ subjectId: "colour:1:company:10", verdict: { facts: { contractedBp: 6500 } } });
  });
});
