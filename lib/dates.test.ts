import { describe, expect, it } from "vitest";
import { almatyDay, endOfAlmatyDay, formatDate, formatDateTime, startOfAlmatyDay } from "./dates";

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
});
