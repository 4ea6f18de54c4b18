import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideScanBurst, mealScanBurst } from "./meal-scan-burst";

const T0 = Date.parse("2026-11-10T03:15:00Z");
/** `n` scans every `seconds` from T0. */
const every = (n: number, seconds: number, from = T0) => Array.from({ length: n }, (_, i) => from + i * seconds * 1000);

describe("a burst of scans: the decision", () => {
  it.each([
    { row: "hit", why: "30 scans, one every 2 s", times: every(30, 2), codes: [], fires: true },
    { row: "hit", why: "21 replayed codes within 60 s", times: every(21, 3), codes: Array(21).fill("MEAL_TOKEN_REPLAYED"), fires: true },
    { row: "near-miss", why: "exactly 20 scans in 80 s (one every 4 s)", times: every(20, 4), codes: [], fires: false },
    { row: "look-alike", why: "a fast cashier: one every 5 s for an hour", times: every(720, 5), codes: [], fires: false },
    { row: "look-alike", why: "a queue of siblings: 8 scans in 10 s", times: [...every(8, 1.2), ...every(40, 6, T0 + 60_000)], codes: [], fires: false },
  ])("$row: $why", ({ times, codes, fires }) => {
    expect(decideScanBurst({ times, codes: codes.length ? codes : times.map(() => null) }, C.mealScanBurst) !== null).toBe(fires);
  });

  it("counts meals, refusals and replays in the densest window; a replay makes it high", () => {
    const times = every(25, 2);
    const codes = times.map((_, i) => (i % 5 === 0 ? "MEAL_TOKEN_REPLAYED" : null));
    expect(decideScanBurst({ times, codes }, C.mealScanBurst)).toMatchObject({ severity: "high", facts: { scans: 25, served: 20, refused: 5, replayed: 5, seconds: 48 } });
  });
});

describe("a burst of scans: what it finds in a colour", () => {
  it("one flag per device and day, with the window's meals and refused scans", () => {
    const times = every(22, 2);
    const ids = times.map((_, i) => (i < 11 ? `m${i + 1}` : `s${i + 1}`));
    const [f] = mealScanBurst.detect(colourFacts({ mealProgrammeId: 5 }), [{ device_id: "9/phone-1", day: "2026-11-10", times, codes: ids.map((i) => (i.startsWith("s") ? "MEAL_TOKEN_REPLAYED" : null)), ids, operator_id: 9, school_id: 3 }], C);
    expect(f).toMatchObject({ subjectType: "meal_device", subjectId: "colour:1:device:9/phone-1:day:2026-11-10", companyId: 9, evidence: { schools: [3], meals: ids.slice(0, 11).map((i) => i.slice(1)), scans: ids.slice(11).map((i) => i.slice(1)) } });
  });
});
