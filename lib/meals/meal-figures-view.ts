// The meal figures' rows in the reader's words: counts with the reader's digits or "fewer than 5", money in tenge.
import { localizedName, translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn } from "../money";
import { formatQuantity } from "../quantity";
import { monthKey, type TFigures, type TPublicFigures, type TPublicMealRegion, type TPublicMealRegions, type TSchoolFigures } from "./meal-figures";

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

/** A row of the meal-figures table: a region's or a school's figures, or the total (key "total", always last). */
export type TFigureRow = TFigureCells & { key: string; name: string; href?: string; schools?: string };

/** The public regions, each linking to its schools in the same month; the total last, when any region has figures. */
export function regionFigureRows(v: TPublicMealRegions, locale: TLocale): TFigureRow[] {
  const t = translator(locale);
  const month = v.month ? `?month=${monthKey(v.month)}` : "";
  const rows = v.regions.map((r) => ({ key: r.region, name: regionLabel(r.region, locale), href: `/open/meals/${encodeURIComponent(r.region)}${month}`, schools: String(r.schools), ...figureCells(r, locale) }));
  if (!v.total || !rows.length) return rows;
  const schools = v.regions.reduce((sum, r) => sum + r.schools, 0);
  return [...rows, { key: "total", name: t("mealsOpen.total"), schools: String(schools), ...figureCells(v.total, locale) }];
}

/** One region's schools, public; the total last. */
export function schoolFigureRows(v: TPublicMealRegion, locale: TLocale): TFigureRow[] {
  const t = translator(locale);
  const rows = v.schools.map((s) => ({ key: String(s.schoolId), name: localizedName(locale, s.name, s.nameRu), ...figureCells(s, locale) }));
  return v.total && rows.length ? [...rows, { key: "total", name: t("mealsOpen.total"), ...figureCells(v.total, locale) }] : rows;
}

type TExactFigures = TFigures & { averageTiyn: bigint | null };

/** The officials' rows (decision 0208): exact counts, each school with its region; the total last. */
export function officialFigureRows(v: { schools: (TSchoolFigures & TExactFigures)[]; total: TExactFigures }, locale: TLocale): TFigureRow[] {
  const t = translator(locale);
  const exact = (f: TExactFigures) => figureCells({ eligible: f.eligible, meals: f.meals, paidTiyn: f.paidMeals ? f.paidTiyn : 0n, averageTiyn: f.averageTiyn, disputes: f.disputes }, locale);
  const rows = v.schools.map((s) => ({ key: String(s.schoolId), name: `${localizedName(locale, s.name, s.nameRu)} · ${regionLabel(s.region, locale)}`, ...exact(s) }));
  return rows.length ? [...rows, { key: "total", name: t("mealsOpen.total"), ...exact(v.total) }] : rows;
}
