import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decidePupilTwoSchools, mealPupilTwoSchools } from "./meal-pupil-two-schools";

const nov = (...days: number[]) => days.map((d) => `2026-11-${String(d).padStart(2, "0")}`);

describe("one pupil at two schools: the decision", () => {
  it.each([
    { row: "hit", why: "fed at both on the same days", a: nov(2, 3, 4), b: nov(3, 4), severity: "high" },
    { row: "hit", why: "fed at each on alternate days of the same weeks", a: nov(2, 4, 6), b: nov(3, 5), severity: "medium" },
    { row: "look-alike", why: "moved mid-month: first school until the 13th, the second from the 16th", a: nov(2, 3, 13), b: nov(16, 17, 30), severity: null },
    { row: "look-alike", why: "listed at both, fed at one", a: nov(2, 3), b: [], severity: null },
  ])("$row: $why → $severity", ({ a, b, severity }) => {
    expect(decidePupilTwoSchools({ first_days: a, second_days: b }, C.mealPupilTwoSchools)?.severity ?? null).toBe(severity);
  });
});

describe("one pupil at two schools: what it finds in a colour", () => {
  it("names both schools and the meals, never an IIN", () => {
    const [f] = mealPupilTwoSchools.detect(colourFacts({ mealProgrammeId: 5 }), [{ first_id: 4, second_id: 8, month: "2026-11", first_school: 1, second_school: 2, first_days: nov(2), second_days: nov(2), meal_ids: ["1", "9"] }], C);
    expect(f).toMatchObject({ subjectType: "pupil", subjectId: "colour:1:pupil:4-8:month:2026-11", evidence: { schools: [1, 2], meals: ["1", "9"] }, verdict: { facts: { sameDays: 1 } } });
  });
});
