// The meal figures' rows in the reader's words: counts with the reader's digits or "fewer than 5", money in tenge.
import { translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn } from "../money";
import { formatQuantity } from "../quantity";
import { monthKey, type TPublicFigures } from "./meal-figures";

export type TFigureCells = { eligible: string; meals: string; paid: string; average: string; disputes: string };

export function figureCells(f: TPublicFigures, locale: TLocale): TFigureCells {
  const t = translator(locale);
  const count = (n: number | null) => (n === null ? t("mealsOpen.fewerThan5") : formatQuantity(n, locale, null, 0));
  const money = (n: bigint | null, hidden: boolean) => (hidden ? t("mealsOpen.fewerThan5") : n === null ? "—" : formatTiyn(n));
  return { eligible: count(f.eligible), meals: count(f.meals), paid: money(f.paidTiyn, f.paidTiyn === null), average: money(f.averageTiyn, f.paidTiyn === null), disputes: count(f.disputes) };
}

/** The month picker's options, latest first: "2026-11" labelled in the reader's language. */
export function monthOptions(months: readonly Date[], locale: TLocale) {
  const tag = locale === "en" ? "en-US" : locale === "kk" ? "kk-KZ" : "ru-RU";
  return months.map((m) => ({ value: monthKey(m), label: m.toLocaleDateString(tag, { month: "long", year: "numeric", timeZone: "UTC" }) }));
}

export const regionLabel = (region: string, locale: TLocale) => regionName(region, locale);
