import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, move } from "./colour-fixture";
import { decidePassThrough, passThrough } from "./pass-through";

describe("pass-through: the decision", () => {
  it.each([
    { row: "hit", why: "exactly 90 % forwarded", received: 1000n, forwarded: 900n, wages: 0n, fires: true },
    { row: "hit", why: "everything forwarded", received: 1000n, forwarded: 1000n, wages: 0n, fires: true },
    { row: "hit", why: "wages exactly 10 %", received: 1000n, forwarded: 950n, wages: 100n, fires: true },
    { row: "near-miss", why: "89.9 % forwarded", received: 1000n, forwarded: 899n, wages: 0n, fires: false },
    { row: "look-alike", why: "forwards it all but pays wages above 10 %: own work", received: 1000n, forwarded: 950n, wages: 101n, fires: false },
    { row: "look-alike", why: "received nothing", received: 0n, forwarded: 0n, wages: 0n, fires: false },
  ])("$row: $why → $fires", ({ received, forwarded, wages, fires }) => {
    const v = decidePassThrough({ receivedTiyn: received, forwardedInWindowTiyn: forwarded, wagesTiyn: wages }, C.passThrough);
    expect(v !== null).toBe(fires);
    if (v) expect(v.severity).toBe("high");
  });
  it("scores more the more is forwarded", () => {
    const a = decidePassThrough({ receivedTiyn: 1000n, forwardedInWindowTiyn: 900n, wagesTiyn: 0n }, C.passThrough)!;
    const b = decidePassThrough({ receivedTiyn: 1000n, forwardedInWindowTiyn: 1000n, wagesTiyn: 0n }, C.passThrough)!;
    expect(b.score).toBeGreaterThan(a.score);
  });
});

describe("pass-through: what it finds in a colour", () => {
  // Company 10 receives 1000 (transfer 1) and forwards the same tiyn to company 20 (transfer 2) some days later.
  const colour = colourFacts({ moves: [move({ id: 1n, to_org: 10, amount_tiyn: 1000n }), move({ id: 2n, from_org: 10, to_org: 20, amount_tiyn: 950n })] });
  const flow = (days: number) => ({ org: 10, in_id: 1n, out_id: 2n, amount: 950n, in_at: new Date(0), out_at: new Date(days * 86_400_000) });
  it.each([
    { row: "hit", why: "forwarded within 7 days", flows: [flow(7)], subjects: ["colour:1:company:10"] },
    { row: "near-miss", why: "forwarded after 8 days", flows: [flow(8)], subjects: [] },
    { row: "look-alike", why: "the onward payment drew on another receipt", flows: [], subjects: [] },
  ])("$row: $why", ({ flows, subjects }) => {
    const found = passThrough.detect(colour, flows, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].evidence).toMatchObject({ transfers: ["1", "2"], companies: [10, 20] });
  });
});
