import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideNonSchoolDay, isPublicDayOff, mealNonSchoolDay, nonSchoolReason, type TMealDay } from "./meal-non-school-day";

const d = (over: Partial<TMealDay>): TMealDay => ({ school_id: 1, day: "2026-11-10", meals: 30, meal_ids: ["1"], operator_id: 9, own_school_day: true, others: 2, others_off: 0, ...over });

describe("meals on a day without school: the decision", () => {
  it.each([
    { row: "hit", why: "the school's calendar was changed to a holiday after the meals", day: d({ own_school_day: false }), reason: "calendar" },
    { row: "hit", why: "no calendar row at all (no lessons)", day: d({ own_school_day: null }), reason: "calendar" },
    { row: "hit", why: "Independence Day marked a school day", day: d({ day: "2026-12-16" }), reason: "holiday" },
    { row: "hit", why: "the district's autumn break, marked a school day by this school alone", day: d({ others: 2, others_off: 2 }), reason: "peers" },
    { row: "near-miss", why: "one other school of two on a holiday (half, not more)", day: d({ others: 2, others_off: 1 }), reason: null },
    { row: "look-alike", why: "a quarantine day at one other school of five", day: d({ others: 5, others_off: 1 }), reason: null },
    { row: "look-alike", why: "Saturday lessons at a six-day school (the others have no row, not a holiday)", day: d({ day: "2026-11-14", others: 2, others_off: 0 }), reason: null },
    { row: "look-alike", why: "an ordinary school day", day: d({}), reason: null },
  ])("$row: $why → $reason", ({ day, reason }) => {
    expect(nonSchoolReason(day, C.mealNonSchoolDay)).toBe(reason);
  });

  it("counts the meals by reason and lists the days; none without a hit", () => {
    const v = decideNonSchoolDay([d({ day: "2026-11-02", others_off: 2, meals: 25 }), d({ day: "2026-11-03" }), d({ day: "2026-12-16", meals: 4 })], C.mealNonSchoolDay);
    expect(v).toMatchObject({ severity: "high", facts: { meals: 29, peerHolidayMeals: 25, holidayMeals: 4, calendarMeals: 0, days: "2026-11-02, 2026-12-16" } });
    expect(decideNonSchoolDay([d({}), d({ day: "2026-11-14" })], C.mealNonSchoolDay)).toBeNull();
    expect(decideNonSchoolDay([d({ own_school_day: false, meals: 2 })], { ...C.mealNonSchoolDay, minMeals: 3 })).toBeNull();
  });

  it("knows Kazakhstan's days off, not ordinary weekends", () => {
    expect(isPublicDayOff("2026-12-16")).toBe(true);
    expect(isPublicDayOff("2026-11-14")).toBe(false);
  });
});

describe("meals on a day without school: what it finds in a colour", () => {
  it("one flag per school, naming the canteen, the school and the meals", () => {
    const [f, ...rest] = mealNonSchoolDay.detect(colourFacts({ mealProgrammeId: 5 }), [d({ own_school_day: false, meal_ids: ["7", "8"] }), d({ school_id: 2 })], C);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({ subjectType: "school", subjectId: "colour:1:school:1", companyId: 9, evidence: { schools: [1], companies: [9], meals: ["7", "8"] } });
  });
});
