import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, company, move } from "./colour-fixture";
import { concentration, decideConcentration } from "./concentration";

describe("concentration: the decision", () => {
  it.each([
    { row: "hit", why: "more than half", received: 5001n, minted: 10000n, fires: true },
    { row: "near-miss", why: "exactly half", received: 5000n, minted: 10000n, fires: false },
    { row: "look-alike", why: "nothing minted", received: 1n, minted: 0n, fires: false },
  ])("$row: $why → $fires", ({ received, minted, fires }) => {
    expect(decideConcentration({ receivedTiyn: received, mintedTiyn: minted }, C.concentration) !== null).toBe(fires);
  });
});

describe("concentration: what it finds in a colour", () => {
  it.each([
    { row: "hit", why: "a subcontractor received 60 %", isSub: true, received: 6000n, subjects: ["colour:1:company:10"] },
    { row: "near-miss", why: "a subcontractor received half", isSub: true, received: 5000n, subjects: [] },
    { row: "look-alike", why: "the general contractor received 60 %: the plan, not a pattern", isSub: false, received: 6000n, subjects: [] },
  ])("$row: $why", ({ isSub, received, subjects }) => {
    const colour = colourFacts({ minted: 10_000n, companies: [company({ id: 10, is_sub: isSub })], moves: [move({ id: 1n, to_org: 10, amount_tiyn: received })] });
    expect(concentration.detect(colour, undefined, C).map((f) => f.subjectId)).toEqual(subjects);
  });
});
