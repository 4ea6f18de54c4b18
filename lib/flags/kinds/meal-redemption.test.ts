import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideRedemption, mealRedemption, type TRedemptionDay } from "./meal-redemption";

const days = (n: number, meals: number, pupils = 25) => Array.from({ length: n }, (_, i) => ({ day: `2026-11-${String(i + 2).padStart(2, "0")}`, meals, pupils }));

describe("every pupil fed every day: the decision", () => {
  it.each([
    { row: "hit", why: "the whole list of 25, 20 days", d: days(20, 25), fires: true },
    { row: "hit", why: "98 % of 50 (49) on 10 days of 20", d: [...days(10, 49, 50), ...days(10, 40, 50)], fires: true },
    { row: "near-miss", why: "the whole list on 9 days only", d: [...days(9, 25), ...days(11, 22)], fires: false },
    { row: "near-miss", why: "96 % every day", d: days(20, 24), fires: false },
    { row: "look-alike", why: "a list of 4 children, all healthy for a month", d: days(20, 4, 4), fires: false },
    { row: "look-alike", why: "an honest school: about 90 % every day", d: days(20, 22), fires: false },
  ])("$row: $why", ({ d, fires }) => {
    expect(decideRedemption(d, C.mealRedemption) !== null).toBe(fires);
  });

  it("is high when every serving day was in full, and states the month's rate", () => {
    expect(decideRedemption(days(20, 25), C.mealRedemption)).toMatchObject({ severity: "high", facts: { pupils: 25, daysAtRate: 20, servingDays: 20, rateBp: 10000 } });
  });
});

describe("every pupil fed every day: what it finds in a colour", () => {
  it("one flag per school, month and meal type", () => {
    const rows: TRedemptionDay[] = days(12, 25).map((d) => ({ ...d, school_id: 4, month: "2026-11", meal_type: "lunch", operator_id: 9 }));
    const found = mealRedemption.detect(colourFacts({ mealProgrammeId: 5 }), [...rows, ...rows.map((r) => ({ ...r, meal_type: "breakfast", meals: 20 }))], C);
    expect(found).toMatchObject([{ subjectId: "colour:1:school:4:month:2026-11:lunch", companyId: 9, evidence: { schools: [4] } }]);
  });
});
