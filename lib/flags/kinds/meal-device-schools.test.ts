import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideDeviceSchools, mealDeviceSchools } from "./meal-device-schools";

const at = (hhmm: string) => Date.parse(`2026-11-10T${hhmm}:00+05:00`);

describe("one device at several schools: the decision", () => {
  it.each([
    { row: "hit", why: "school 1 at 08:10, school 2 at 08:20", schools: [1, 2], times: [at("08:10"), at("08:20")], moves: 1 },
    { row: "hit", why: "back and forth three times", schools: [1, 2, 1, 2], times: [at("08:00"), at("08:05"), at("08:10"), at("08:15")], moves: 3 },
    { row: "near-miss", why: "31 minutes apart", schools: [1, 2], times: [at("08:00"), at("08:31")], moves: null },
    { row: "look-alike", why: "breakfast at one school, lunch at another", schools: [1, 1, 2, 2], times: [at("08:00"), at("09:00"), at("12:30"), at("13:00")], moves: null },
    { row: "look-alike", why: "many meals at one school", schools: [1, 1, 1], times: [at("08:00"), at("08:01"), at("08:02")], moves: null },
  ])("$row: $why → $moves", ({ schools, times, moves }) => {
    expect(decideDeviceSchools([{ day: "2026-11-10", schools, times }], C.mealDeviceSchools)?.facts.moves ?? null).toBe(moves);
  });
});

describe("one device at several schools: what it finds in a colour", () => {
  it("a phone moved to another school for good (different days) is not read as a move; a same-day one is", () => {
    const rows = [{ device_id: "9/p", day: "2026-11-10", schools: [1, 2], times: [at("08:00"), at("08:10")], meal_ids: ["5", "6"], operator_id: 9 }];
    expect(mealDeviceSchools.detect(colourFacts({ mealProgrammeId: 5 }), rows, C)).toMatchObject([{ subjectId: "colour:1:device:9/p", evidence: { schools: [1, 2], meals: ["5", "6"] } }]);
  });
});
