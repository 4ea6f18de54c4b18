import { describe, expect, it } from "vitest";
import { almatyDay, endOfAlmatyDay, formatDate, formatDateTime, formatMonth, startOfAlmatyDay } from "./dates";

describe("Almaty dates", () => {
  it.each([
    ["2025-01-01T00:00:00Z", "01.01.2025", "01.01.2025 05:00"],
    ["2024-02-28T00:00:00Z", "28.02.2024", "28.02.2024 06:00"],
    ["2024-03-02T00:00:00Z", "02.03.2024", "02.03.2024 05:00"],
    ["2025-12-31T20:00:00Z", "01.01.2026", "01.01.2026 01:00"],
  ])("%s shows as %s", (iso, day, dayTime) => {
    expect(formatDate(new Date(iso))).toBe(day);
    expect(formatDateTime(new Date(iso))).toBe(dayTime);
  });

  it("shows a dash for a missing date", () => expect(formatDate(null)).toBe("—"));

  it.each([
    ["2025-06-10", "2025-06-09T19:00:00.000Z"],
    ["2024-01-15", "2024-01-14T18:00:00.000Z"],
  ])("day %s starts at %s", (day, iso) => {
    expect(startOfAlmatyDay(day).toISOString()).toBe(iso);
    expect(almatyDay(startOfAlmatyDay(day))).toBe(day);
    expect(almatyDay(endOfAlmatyDay(day))).toBe(day);
  });

  it.each([
    ["2026-12", "en", "December 2026"],
    ["2026-12", "ru", "декабрь 2026"],
    ["2026-12", "kk", "2026 ж. желтоқсан"],
    ["2027-01", "ru", "январь 2027"],
    ["2026-13", "en", "2026-13"],
  ] as const)("month %s in %s reads %s", (month, locale, text) => {
    expect(formatMonth(month, locale)).toBe(text);
  });

  it("a month's Date reads as its month key does", () => {
    expect(formatMonth(new Date(Date.UTC(2026, 10, 1)), "en")).toBe("November 2026");
  });
});
