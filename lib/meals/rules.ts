// Pure rules of the school-meal vouchers: no database, no Next (tested in rules.test.ts).

export const MEAL_TYPES = ["breakfast", "lunch"] as const;
export type TMealType = (typeof MEAL_TYPES)[number];

/** Every reason a scan records no meal; each is recorded (refused_scan) and worded in the meals catalogue. */
export const SCAN_REFUSALS = [
  "SCAN_MALFORMED",
  "SCAN_TIME_INVALID",
  "MEAL_TOKEN_MALFORMED",
  "MEAL_TOKEN_FORGED",
  "MEAL_TOKEN_EXPIRED",
  "MEAL_TOKEN_REPLAYED",
  "VOUCHER_NOT_ACTIVE",
  "NO_CANTEEN_CONTRACT",
  "NOT_A_SCHOOL_DAY",
  "OUTSIDE_SERVING_HOURS",
  "PUPIL_NOT_ELIGIBLE",
  "MEAL_ALREADY_SERVED",
  "DAILY_MEALS_EXCEED_ELIGIBLE",
] as const;
export type TScanRefusal = (typeof SCAN_REFUSALS)[number];

// Kazakhstan keeps one time zone, UTC+5, all year (Asia/Almaty since 2024-03-01): days and serving hours are
// computed with the fixed offset, which is what Intl would give and ~50× cheaper on the scan path.
const ALMATY_OFFSET_MS = 5 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Almaty calendar day of a moment, as a UTC-midnight Date (how Prisma reads and writes @db.Date). */
export function almatyDate(at: Date): Date {
  return new Date(Math.floor((at.getTime() + ALMATY_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** The moments of an Almaty calendar day (`day` as almatyDate gives it), for a `scannedAt: { gte, lt }` filter. */
export function almatyDayMoments(day: Date): { gte: Date; lt: Date } {
  const gte = new Date(day.getTime() - ALMATY_OFFSET_MS);
  return { gte, lt: new Date(gte.getTime() + DAY_MS) };
}

/** Minutes after midnight in Almaty. */
export function almatyMinute(at: Date): number {
  return Math.floor((((at.getTime() + ALMATY_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS / 60_000);
}

export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export const monthOf = (day: Date): Date => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1));

/** Serving hours are [from, to): a meal at `to` is outside them. */
export const isWithinServingHours = (minute: number, window: { servesFromMin: number; servesToMin: number }): boolean =>
  minute >= window.servesFromMin && minute < window.servesToMin;

/** The settlement period a day falls in: the day itself, or its calendar month. */
export function periodOf(day: Date, period: "daily" | "monthly"): { start: Date; end: Date } {
  if (period === "daily") return { start: day, end: day };
  const start = monthOf(day);
  return { start, end: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)) };
}

/** How long a device may keep scans offline before sending them, and how far ahead of the server its clock may run. */
export const OFFLINE_WINDOW_MS = 72 * 3_600_000;
export const CLOCK_SKEW_MS = 2 * 60_000;

/** A scan's moment is believable: not in the future (beyond clock skew), not older than the offline window. */
export const isScanTimeAcceptable = (scannedAt: Date, now: Date): boolean =>
  !Number.isNaN(scannedAt.getTime()) && scannedAt.getTime() <= now.getTime() + CLOCK_SKEW_MS && scannedAt.getTime() >= now.getTime() - OFFLINE_WINDOW_MS;

const DEVICE = /^[A-Za-z0-9._:-]{1,64}$/;
export const isDeviceId = (value: unknown): value is string => typeof value === "string" && DEVICE.test(value);

/** Amount of a settlement: the sum of each meal's tariff, in integer tiyn. */
export const settlementAmount = (meals: readonly { tariffTiyn: bigint }[]): bigint => meals.reduce((sum, m) => sum + m.tariffTiyn, 0n);
