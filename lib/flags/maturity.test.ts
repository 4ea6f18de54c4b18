import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "./config";
import { colourFacts, day, move } from "./kinds/colour-fixture";
import { maturityOf } from "./maturity";

describe("a colour's maturity", () => {
  const fromProject = (id: bigint, amount: bigint, at: number) => move({ id, from_kind: "project", to_org: 10, amount_tiyn: amount, at: day(at) });
  it.each([
    { row: "young", why: "one payment of 10 % on day 5", moves: [fromProject(1n, 1000n, 5)], mature: false },
    { row: "mature", why: "25 % paid out", moves: [fromProject(1n, 2500n, 5)], mature: true },
    { row: "young", why: "24.99 % paid out", moves: [fromProject(1n, 2499n, 5)], mature: false },
    { row: "mature", why: "active 90 days", moves: [fromProject(1n, 100n, 90)], mature: true },
    { row: "young", why: "active 89 days", moves: [fromProject(1n, 100n, 89)], mature: false },
    { row: "young", why: "a subcontractor's receipt is not paid out of the colour again", moves: [fromProject(1n, 1000n, 5), move({ id: 2n, from_kind: "company", from_org: 10, to_org: 20, amount_tiyn: 5000n, at: day(6) })], mature: false },
    { row: "mature", why: "a payment at expiry", moves: [fromProject(1n, 100n, 40)], expiresAt: day(40), mature: true },
  ])("$row: $why", ({ moves, mature, expiresAt }) => {
    expect(maturityOf(colourFacts({ minted: 10_000n, moves, expiresAt }), C.concentration).isMature).toBe(mature);
  });
});
