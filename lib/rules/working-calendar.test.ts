import { describe, expect, it } from "vitest";
import { isWorkingDay, outOfHoursReason } from "./working-calendar";

const hours = { workStartHour: 9, workEndHour: 18, timeZone: "Asia/Almaty" };

describe("Kazakhstan's working calendar: days", () => {
  it.each([
    { day: "2026-11-25", why: "an ordinary Wednesday", working: true },
    { day: "2026-11-28", why: "a Saturday", working: false },
    { day: "2026-01-01", why: "New Year", working: false },
    { day: "2026-01-07", why: "Orthodox Christmas", working: false },
    { day: "2026-03-09", why: "Monday after 8 March on a Sunday (carried over)", working: false },
    { day: "2026-03-23", why: "Nauryz, Monday", working: false },
    { day: "2026-03-24", why: "Nauryz's Saturday carried to Tuesday", working: false },
    { day: "2026-03-25", why: "Nauryz's Sunday carried to Wednesday", working: false },
    { day: "2026-03-26", why: "the Thursday after Nauryz", working: true },
    { day: "2024-03-25", why: "2024: Nauryz's Saturday carried to Monday", working: false },
    { day: "2024-07-08", why: "2024: Capital Day on a Saturday carried to Monday", working: false },
    { day: "2025-01-03", why: "2025: a Friday made a day off by decree", working: false },
    { day: "2025-07-05", why: "2025: the Saturday worked in exchange", working: true },
    { day: "2025-06-06", why: "2025: Kurban Ait", working: false },
    { day: "2024-06-17", why: "2024: Kurban Ait on a Sunday is not carried over", working: true },
    { day: "2027-10-25", why: "2027: Republic Day, Monday", working: false },
    { day: "2027-12-16", why: "2027: Independence Day, Thursday", working: false },
    { day: "2027-12-17", why: "2027: 17 December is no longer a holiday", working: true },
  ])("$day, $why → working $working", ({ day, working }) => {
    expect(isWorkingDay(day)).toBe(working);
  });
});

describe("Kazakhstan's working calendar: hours in Asia/Almaty", () => {
  it.each([
    { at: "2026-11-25T04:00:00Z", why: "Wednesday 09:00", reason: null },
    { at: "2026-11-25T12:59:00Z", why: "Wednesday 17:59", reason: null },
    { at: "2026-11-25T13:00:00Z", why: "Wednesday 18:00", reason: "after_hours" },
    { at: "2026-11-25T03:59:00Z", why: "Wednesday 08:59", reason: "before_hours" },
    { at: "2026-11-24T20:30:00Z", why: "Wednesday 01:30 (Tuesday in UTC)", reason: "before_hours" },
    { at: "2026-03-24T06:00:00Z", why: "11:00 on Nauryz's carried day off", reason: "day_off" },
    { at: "2025-07-05T06:00:00Z", why: "11:00 on the worked Saturday of 2025", reason: null },
    { at: "2024-02-28T03:30:00Z", why: "09:30 before 1 March 2024, when Almaty was UTC+6", reason: null },
  ])("$why → $reason", ({ at, reason }) => {
    expect(outOfHoursReason(new Date(at), hours)).toBe(reason);
  });
  it("takes its hours from the caller", () => {
    expect(outOfHoursReason(new Date("2026-11-25T13:30:00Z"), { ...hours, workEndHour: 19 })).toBeNull();
  });
});
