import { describe, expect, it } from "vitest";
import { translate } from "../i18n";
import en from "../i18n/messages/en.json";
import { sheetDigest, sheetLine, sheetLines, sheetProof, verifySheetProof, type TSheetMeal } from "./attendance-sheet";
import { almatyDate, almatyMinute, isDeviceId, isScanTimeAcceptable, isWithinServingHours, periodOf, SCAN_REFUSALS, settlementAmount } from "./rules";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("school-meal rules", () => {
  it.each([
    ["2026-12-07T03:15:00Z", "2026-12-07", 8 * 60 + 15],
    ["2026-12-06T19:00:00Z", "2026-12-07", 0],
    ["2026-12-06T18:59:59Z", "2026-12-06", 23 * 60 + 59],
    ["2026-12-31T20:30:00Z", "2027-01-01", 90],
  ])("%s is %s, minute %i in Almaty", (at, day, minute) => {
    expect(almatyDate(new Date(at)).toISOString().slice(0, 10)).toBe(day);
    expect(almatyMinute(new Date(at))).toBe(minute);
  });

  it.each([
    [479, false],
    [480, true],
    [569, true],
    [570, false],
  ])("serving hours 08:00–09:30: minute %i → %s", (minute, inside) => {
    expect(isWithinServingHours(minute, { servesFromMin: 480, servesToMin: 570 })).toBe(inside);
  });

  it.each([
    ["daily", "2026-12-07", "2026-12-07", "2026-12-07"],
    ["monthly", "2026-12-07", "2026-12-01", "2026-12-31"],
    ["monthly", "2027-02-28", "2027-02-01", "2027-02-28"],
    ["monthly", "2028-02-10", "2028-02-01", "2028-02-29"],
  ] as const)("%s period of %s is %s..%s", (period, day, start, end) => {
    const p = periodOf(d(day), period);
    expect([p.start.toISOString().slice(0, 10), p.end.toISOString().slice(0, 10)]).toEqual([start, end]);
  });

  const now = new Date("2026-12-07T10:00:00Z");
  it.each([
    [0, true],
    [-71 * 3_600_000, true],
    [-73 * 3_600_000, false],
    [60_000, true],
    [3 * 60_000, false],
    [NaN, false],
  ])("a scan %d ms from now is acceptable: %s", (offset, ok) => {
    expect(isScanTimeAcceptable(new Date(now.getTime() + offset), now)).toBe(ok);
  });

  it.each([
    ["phone-1", true],
    ["a".repeat(64), true],
    ["a".repeat(65), false],
    ["", false],
    ["phone 1", false],
    ["x/y", false],
    [7, false],
  ])("device id %j valid: %s", (id, ok) => {
    expect(isDeviceId(id)).toBe(ok);
  });

  it("a settlement is the sum of the meals' tariffs in integer tiyn", () => {
    expect(settlementAmount([{ tariffTiyn: 45_000n }, { tariffTiyn: 80_000n }, { tariffTiyn: 45_001n }])).toBe(170_001n);
    expect(settlementAmount([])).toBe(0n);
  });

  it("every scan refusal is worded in the catalogue", () => {
    for (const code of SCAN_REFUSALS) {
      expect(en.meals.refusals).toHaveProperty(code);
      expect(translate("ru", `meals.refusals.${code}`, { eligible: 3, served: 3, mealType: "x", day: "d", at: "a", from: "f", to: "t", school: "s", month: "m", status: "s", servedAt: "s", scannedAt: "s" })).not.toContain("meals.refusals");
    }
  });
});

describe("attendance sheet", () => {
  const meals: TSheetMeal[] = Array.from({ length: 7 }, (_, i) => ({ mealId: BigInt(10 - i), day: d("2026-12-07"), mealType: i % 2 ? "lunch" : "breakfast", pupilId: i, schoolId: 1, tariffTiyn: 45_000n }));
  const lines = sheetLines(meals);

  it("is ordered by meal and has one digest per set of meals", () => {
    expect(lines[0]).toBe(sheetLine(meals[6]!));
    expect(sheetDigest(sheetLines([...meals].reverse()))).toBe(sheetDigest(lines));
    expect(sheetDigest(lines.slice(1))).not.toBe(sheetDigest(lines));
  });

  it.each([0, 1, 2, 3, 4, 5, 6])("proves line %i part of the sheet, and nothing else", (i) => {
    const root = sheetDigest(lines);
    expect(verifySheetProof(lines[i]!, sheetProof(lines, i), root)).toBe(true);
    expect(verifySheetProof(lines[i]!.replace("tariff:45000", "tariff:45001"), sheetProof(lines, i), root)).toBe(false);
  });

  it("a one-line sheet's root is its leaf hash", () => {
    expect(verifySheetProof(lines[0]!, [], sheetDigest(lines.slice(0, 1)))).toBe(true);
  });
});
