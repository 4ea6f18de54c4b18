// Dates are shown in Asia/Almaty as dd.mm.yyyy (UTC+5 since 1 March 2024; older instants use tz data).
import type { TLocale } from "./i18n";
export const TIME_ZONE = "Asia/Almaty";

const dateFmt = new Intl.DateTimeFormat("ru-RU", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFmt = new Intl.DateTimeFormat("ru-RU", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export function formatDate(d: Date | null | undefined): string {
  return d ? dateFmt.format(d) : "—";
}

/** The time of day in Almaty, hh:mm (24 h). */
export function formatTime(d: Date): string {
  return timeFmt.format(d);
}

export function formatDateTime(d: Date | null | undefined): string {
  return d ? `${dateFmt.format(d)} ${timeFmt.format(d)}` : "—";
}

/** The calendar day in Almaty as YYYY-MM-DD (for <input type="date"> and day comparisons). */
export function almatyDay(d: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  return parts;
}

/** The instant at which an Almaty calendar day (YYYY-MM-DD) ends: deadlines run to the end of the day. */
export function endOfAlmatyDay(day: string): Date {
  const start = startOfAlmatyDay(day);
  return new Date(start.getTime() + 24 * 3600 * 1000 - 1);
}

export function startOfAlmatyDay(day: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`not a date: ${day}`);
  const utcMidnight = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Find the zone offset in force on that day (5 h now, 6 h before March 2024).
  const probe = new Date(utcMidnight + 12 * 3600 * 1000);
  const local = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, hour: "2-digit", hourCycle: "h23" }).format(probe);
  const offsetHours = Number(local) - 12;
  return new Date(utcMidnight - offsetHours * 3600 * 1000);
}

const MONTH_NAME: Record<TLocale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" }),
  ru: new Intl.DateTimeFormat("ru-RU", { timeZone: "UTC", month: "long" }),
  kk: new Intl.DateTimeFormat("kk-KZ", { timeZone: "UTC", month: "long", year: "numeric" }),
};

/**
 * A calendar month for reading, the one formatter for months (decision 0252): "2026-12" or a Date within it →
 * "December 2026" (en), "декабрь 2026" (ru), "2026 ж. желтоқсан" (kk). Anything else comes back unchanged.
 * A Date is read in UTC: month keys are stored as the first of the month at midnight UTC.
 */
export function formatMonth(month: string | Date, locale: TLocale): string {
  let year: number;
  let index: number;
  if (month instanceof Date) {
    if (Number.isNaN(month.getTime())) return "—";
    year = month.getUTCFullYear();
    index = month.getUTCMonth();
  } else {
    const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month.trim());
    if (!m) return month;
    year = Number(m[1]);
    index = Number(m[2]) - 1;
  }
  const first = new Date(Date.UTC(year, index, 1));
  return locale === "ru" ? `${MONTH_NAME.ru.format(first)} ${year}` : MONTH_NAME[locale].format(first);
}
