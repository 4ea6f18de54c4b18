import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, company, move } from "./colour-fixture";
import { debarredParty, decideDebarredParty } from "./debarred-party";

describe("debarred party: the decision", () => {
  it.each([
    { row: "hit", why: "debarred and paid", isDebarred: true, received: 1n, score: 100 },
    { row: "hit", why: "debarred, holds a contract, not paid yet", isDebarred: true, received: 0n, score: 80 },
    { row: "look-alike", why: "paid and not debarred", isDebarred: false, received: 100n, score: null },
  ])("$row: $why → $score", ({ isDebarred, received, score }) => {
    expect(decideDebarredParty({ isDebarred, receivedTiyn: received })?.score ?? null).toBe(score);
  });
});

describe("debarred party: what it finds in a colour", () => {
  it("names the debarred company with its receipts and contracts", () => {
    const colour = colourFacts({ companies: [company({ id: 10, is_debarred: true, contracts: [100, 101] }), company({ id: 20 })], moves: [move({ id: 3n, to_org: 10 })] });
    expect(debarredParty.detect(colour, undefined, C)).toEqual([
      { subjectType: "company", subjectId: "colour:1:company:10", companyId: 10, verdict: { severity: "high", score: 100, facts: { receivedTiyn: "100" } }, evidence: { companies: [10], transfers: ["3"], contracts: [100, 101] } },
    ]);
  });
});
