// Kazakhstan's working calendar: which Almaty days are working days, and whether an instant falls inside working
// hours. Pure data and arithmetic (decision 0160). Public holidays are those of the Law "On holidays in the Republic
// of Kazakhstan" as amended in 2022 (25 October restored, 16 December alone); when one falls on a Saturday or Sunday
// the day off moves to the next working day (Labour Code, art. 85), except for the religious holidays (Orthodox
// Christmas, Kurban Ait). Days the Government moves by decree (a working Saturday traded for a bridge day) are listed
// by year in TRANSFERS; a year or decree not listed there is judged by the statutory rule alone.

/** A day of the Almaty calendar, "YYYY-MM-DD". */
export type TDay = string;

/** Fixed-date public holidays (month-day); a weekend one moves its day off to the next working day. */
const FIXED_HOLIDAYS = ["01-01", "01-02", "03-08", "03-21", "03-22", "03-23", "05-01", "05-07", "05-09", "07-06", "08-30", "10-25", "12-16"] as const;
/** Orthodox Christmas: a holiday, never moved. */
const UNMOVED_FIXED = ["01-07"] as const;

/**
 * The first day of Kurban Ait, a holiday that is never moved, as the Spiritual Administration of Muslims announced
 * it (2024, 2025) or as the lunar calendar places it (2026, 2027: to be confirmed by the year's announcement).
 */
const KURBAN_AIT: Record<number, TDay> = { 2024: "2024-06-16", 2025: "2025-06-06", 2026: "2026-05-27", 2027: "2027-05-16" };

/**
 * Days moved by Government decree: `off` a weekday made a day off, `working` a Saturday or Sunday made a working day.
 * Confirm each year against the decree on adilet.zan.kz (docs/decisions/0160): 2025's move of Saturday 5 July to
 * Friday 3 January is the one recorded here.
 */
export const TRANSFERS: Record<number, { off: TDay[]; working: TDay[] }> = {
  2024: { off: [], working: [] },
  2025: { off: ["2025-01-03"], working: ["2025-07-05"] },
  2026: { off: [], working: [] },
  2027: { off: [], working: [] },
};

export const CALENDAR_YEARS = [2024, 2025, 2026, 2027] as const;

const pad = (n: number) => String(n).padStart(2, "0");
const dayOf = (y: number, m: number, d: number): TDay => `${y}-${pad(m)}-${pad(d)}`;
/** 0 = Sunday … 6 = Saturday, of a calendar day (no time zone: the day is already Almaty's). */
const weekdayOf = (day: TDay) => new Date(`${day}T00:00:00Z`).getUTCDay();
const nextDay = (day: TDay) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
const isWeekend = (day: TDay) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** Every day off other than an ordinary weekend of a year: holidays, their carried-over days, decreed days off. */
export function daysOffOf(year: number): Set<TDay> {
  const off = new Set<TDay>();
  const carried: TDay[] = [];
  for (const md of FIXED_HOLIDAYS) {
    const day = `${year}-${md}`;
    off.add(day);
    if (isWeekend(day)) carried.push(day);
  }
  for (const md of UNMOVED_FIXED) off.add(`${year}-${md}`);
  const kurban = KURBAN_AIT[year];
  if (kurban) off.add(kurban);
  // Each weekend holiday gives the next day that is neither a weekend, a holiday nor already a carried day off.
  for (const day of carried) {
    let next = nextDay(day);
    while (isWeekend(next) || off.has(next)) next = nextDay(next);
    off.add(next);
  }
  for (const day of TRANSFERS[year]?.off ?? []) off.add(day);
  return off;
}

const cache = new Map<number, { off: Set<TDay>; working: Set<TDay> }>();
function yearOf(year: number) {
  let y = cache.get(year);
  if (!y) {
    y = { off: daysOffOf(year), working: new Set(TRANSFERS[year]?.working ?? []) };
    cache.set(year, y);
  }
  return y;
}

/** Whether an Almaty calendar day is a working day. */
export function isWorkingDay(day: TDay): boolean {
  const y = yearOf(Number(day.slice(0, 4)));
  if (y.working.has(day)) return true;
  return !isWeekend(day) && !y.off.has(day);
}

export type TWorkingHours = { workStartHour: number; workEndHour: number; timeZone: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
function localParts(at: Date, timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return { day: dayOf(Number(p.year), Number(p.month), Number(p.day)), minutes: Number(p.hour) * 60 + Number(p.minute) };
}

/**
 * Why an instant is outside working hours, or null inside them: a day off, or an early or late hour. With
 * `daysOffCount: false` every day is judged by its hours alone.
 */
export function outOfHoursReason(at: Date, h: TWorkingHours & { daysOffCount?: boolean }): "day_off" | "before_hours" | "after_hours" | null {
  const { day, minutes } = localParts(at, h.timeZone);
  if (h.daysOffCount !== false && !isWorkingDay(day)) return "day_off";
  if (minutes < h.workStartHour * 60) return "before_hours";
  if (minutes >= h.workEndHour * 60) return "after_hours";
  return null;
}

/** The local day of an instant, "YYYY-MM-DD", in the calendar's time zone. */
export const localDayOf = (at: Date, timeZone: string): TDay => localParts(at, timeZone).day;
