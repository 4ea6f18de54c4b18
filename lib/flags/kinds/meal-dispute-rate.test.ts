import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideDisputeRate, mealDisputeRate, type TSchoolMonth } from "./meal-dispute-rate";

/** Ten peer schools with 1,000 meals and 2–11 disputes each (2–11 per 1,000). */
const peers = Array.from({ length: 10 }, (_, i) => ({ meals: 1000, disputes: 2 + i }));

describe("absence disputes far above peers: the decision", () => {
  it.each([
    { row: "hit", why: "60 per 1,000 among peers at 2–11", school: { meals: 1000, disputes: 60 }, pop: peers, fires: true },
    { row: "near-miss", why: "inside the fence (16 per 1,000; fence 17)", school: { meals: 1000, disputes: 16 }, pop: peers, fires: false },
    { row: "look-alike", why: "a tiny school: 3 disputes in 100 meals", school: { meals: 100, disputes: 3 }, pop: peers, fires: false },
    { row: "look-alike", why: "a region where nobody disputes, and this school 5 per 1,000 (under the minimum)", school: { meals: 1000, disputes: 5 }, pop: Array.from({ length: 10 }, () => ({ meals: 1000, disputes: 0 })), fires: false },
    { row: "look-alike", why: "too few schools to judge", school: { meals: 1000, disputes: 60 }, pop: peers.slice(0, 5), fires: false },
  ])("$row: $why", ({ school, pop, fires }) => {
    expect(decideDisputeRate(school, [...pop, school], C.mealDisputeRate) !== null).toBe(fires);
  });

  it("shows its working: the population, quartiles and fence", () => {
    expect(decideDisputeRate({ meals: 1000, disputes: 60 }, [...peers, { meals: 1000, disputes: 60 }], C.mealDisputeRate)).toMatchObject({ facts: { perMille: 60, population: 11 } });
  });
});

describe("absence disputes far above peers: what it finds in a colour", () => {
  it("judges the programme's schools only, each against its region", () => {
    const row = (school_id: number, disputes: number, is_mine = false): TSchoolMonth => ({ school_id, region: "almaty", month: "2026-11", meals: 1000, disputes, is_mine });
    const rows = [...peers.map((p, i) => row(100 + i, p.disputes)), row(1, 60, true), row(2, 3, true)];
    expect(mealDisputeRate.detect(colourFacts({ mealProgrammeId: 5 }), rows, C)).toMatchObject([{ subjectId: "colour:1:school:1:month:2026-11:disputes", evidence: { schools: [1] } }]);
  });
});
