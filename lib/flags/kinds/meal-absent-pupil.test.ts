import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideAbsentPupil, mealAbsentPupil } from "./meal-absent-pupil";

describe("meals for absent pupils", () => {
  it.each([
    { row: "hit", why: "three upheld in a month", upheld: 3, severity: "medium" },
    { row: "hit", why: "nine upheld: high", upheld: 9, severity: "high" },
    { row: "near-miss", why: "two upheld (a mis-scan)", upheld: 2, severity: null },
    { row: "look-alike", why: "none upheld (open or dismissed disputes are not read)", upheld: 0, severity: null },
  ])("$row: $why → $severity", ({ upheld, severity }) => {
    expect(decideAbsentPupil({ upheld, pupils: 2 }, C.mealAbsentPupil)?.severity ?? null).toBe(severity);
  });

  it("one flag per school and month", () => {
    const found = mealAbsentPupil.detect(colourFacts({ mealProgrammeId: 5 }), [{ school_id: 3, month: "2026-11", upheld: 4, pupils: 2, meal_ids: ["1", "2"], operator_id: 9 }], C);
    expect(found).toMatchObject([{ subjectId: "colour:1:school:3:month:2026-11", companyId: 9, evidence: { schools: [3], meals: ["1", "2"] } }]);
  });
});
