import "server-only";
import type { TActor } from "../actor";
import { readPool } from "../db";
import { NotFoundError } from "../errors";
import { bigintTypes } from "../ledger/sql";
import { cachedAggregate, type TCached } from "../public/aggregate-cache";
import { hideSmallCounts, publicTotal } from "./disclosure";

// School-meal figures per region and per school for a month (issue 18, decision 0208): pupils on the approved lists,
// meals served, tenge paid for them (their settled tariffs), the average price of a paid meal and the absence
// disputes. The public reads them through the replica helpers, with counts of 1–4 hidden; district officials read the
// same figures for their department's schools, exact. No pupil is ever a row.

export type TSchoolFigures = { schoolId: number; name: string; nameRu: string | null; region: string; departmentId: number; eligible: number; meals: number; paidMeals: number; paidTiyn: bigint; disputes: number };
export type TFigures = { eligible: number; meals: number; paidMeals: number; paidTiyn: bigint; disputes: number };
/** A figure row as the public sees it: a hidden count is null ("fewer than 5"); money is hidden with its meal count. */
export type TPublicFigures = { eligible: number | null; meals: number | null; paidTiyn: bigint | null; averageTiyn: bigint | null; disputes: number | null };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "YYYY-MM" as the first day of the month, or null. */
export function parseMonth(value: unknown): Date | null {
  const m = typeof value === "string" ? MONTH.exec(value) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)) : null;
}
export const monthKey = (month: Date) => month.toISOString().slice(0, 7);

const query = async <R>(text: string, values: unknown[]): Promise<R[]> => (await (await readPool()).query({ text, values, types: bigintTypes })).rows as R[];

/** Months with an approved list, latest first (the list table is small; the meals table is not). */
export async function mealMonths(): Promise<Date[]> {
  const rows = await query<{ month: Date }>(`SELECT DISTINCT month FROM eligibility_list WHERE approved_at IS NOT NULL ORDER BY month DESC LIMIT 36`, []);
  return rows.map((r) => new Date(r.month));
}

/** The month asked for when it has figures, else the latest that has. */
async function monthOf(asked: unknown): Promise<{ month: Date | null; months: Date[] }> {
  const months = await mealMonths();
  const want = parseMonth(asked);
  return { month: (want && months.find((m) => m.getTime() === want.getTime())) ?? months[0] ?? null, months };
}

/** Every school's figures of one month, for the schools a filter keeps (region, departments). */
async function schoolFigures(month: Date, filter: { region?: string; departmentIds?: number[] | null }): Promise<TSchoolFigures[]> {
  const rows = await query<{ id: number; name: string; name_ru: string | null; region: string; department_id: number; eligible: number; meals: number; paid_meals: number; paid_tiyn: bigint; disputes: number }>(
    `WITH s AS (SELECT id, name, name_ru, region, department_id FROM school
                 WHERE ($2::text IS NULL OR region = $2) AND ($3::int[] IS NULL OR department_id = ANY($3::int[]))),
     el AS (SELECT el.school_id, count(e.pupil_id)::int AS eligible FROM eligibility_list el JOIN eligibility_entry e ON e.list_id = el.id
             WHERE el.approved_at IS NOT NULL AND el.month = $1::date AND el.school_id IN (SELECT id FROM s) GROUP BY 1),
     m AS (SELECT m.school_id, count(*)::int AS meals, count(l.meal_id)::int AS paid_meals,
                  coalesce(sum(m.tariff_tiyn) FILTER (WHERE l.meal_id IS NOT NULL), 0)::bigint AS paid_tiyn, count(d.id)::int AS disputes
             FROM meal_record m LEFT JOIN meal_settlement_line l ON l.meal_id = m.id LEFT JOIN meal_dispute d ON d.meal_id = m.id
            WHERE m.school_id IN (SELECT id FROM s) AND m.day >= $1::date AND m.day < ($1::date + interval '1 month') GROUP BY 1)
     SELECT s.id, s.name, s.name_ru, s.region, s.department_id, coalesce(el.eligible, 0) AS eligible, coalesce(m.meals, 0) AS meals,
            coalesce(m.paid_meals, 0) AS paid_meals, coalesce(m.paid_tiyn, 0)::bigint AS paid_tiyn, coalesce(m.disputes, 0) AS disputes
       FROM s LEFT JOIN el ON el.school_id = s.id LEFT JOIN m ON m.school_id = s.id
      WHERE el.school_id IS NOT NULL OR m.school_id IS NOT NULL
      ORDER BY s.region, s.name, s.id`,
    [monthKey(month) + "-01", filter.region ?? null, filter.departmentIds ?? null],
  );
  return rows.map((r) => ({ schoolId: r.id, name: r.name, nameRu: r.name_ru, region: r.region, departmentId: r.department_id, eligible: r.eligible, meals: r.meals, paidMeals: r.paid_meals, paidTiyn: BigInt(r.paid_tiyn), disputes: r.disputes }));
}

export function sumFigures(rows: readonly TFigures[]): TFigures {
  return rows.reduce((s, r) => ({ eligible: s.eligible + r.eligible, meals: s.meals + r.meals, paidMeals: s.paidMeals + r.paidMeals, paidTiyn: s.paidTiyn + r.paidTiyn, disputes: s.disputes + r.disputes }), { eligible: 0, meals: 0, paidMeals: 0, paidTiyn: 0n, disputes: 0 });
}

/** Integer tiyn per paid meal, rounded down; null without a paid meal. */
export const averageTiyn = (f: Pick<TFigures, "paidMeals" | "paidTiyn">): bigint | null => (f.paidMeals > 0 ? f.paidTiyn / BigInt(f.paidMeals) : null);

/** The rows of one public table, each column's small counts hidden (decision 0208), money hidden with its paid meals. */
export function publicRows(rows: readonly TFigures[]): TPublicFigures[] {
  const col = (pick: (r: TFigures) => number) => hideSmallCounts(rows.map(pick));
  const [eligible, meals, paid, disputes] = [col((r) => r.eligible), col((r) => r.meals), col((r) => r.paidMeals), col((r) => r.disputes)];
  return rows.map((r, i) => ({
    eligible: eligible[i]!,
    meals: meals[i]!,
    paidTiyn: paid[i] === null ? null : r.paidTiyn,
    averageTiyn: paid[i] === null ? null : averageTiyn(r),
    disputes: disputes[i]!,
  }));
}

/** A total row as the public sees it. */
export function publicTotals(f: TFigures): TPublicFigures {
  const paid = publicTotal(f.paidMeals);
  return { eligible: publicTotal(f.eligible), meals: publicTotal(f.meals), paidTiyn: paid === null ? null : f.paidTiyn, averageTiyn: paid === null ? null : averageTiyn(f), disputes: publicTotal(f.disputes) };
}

export type TPublicMealRegions = { month: Date | null; months: Date[]; regions: ({ region: string; schools: number } & TPublicFigures)[]; total: TPublicFigures | null };

/** Every region's figures of a month, public (no sign-in): cached like the other public aggregates (decision 0171). */
export async function publicMealRegions({ month: asked }: { month?: unknown } = {}): Promise<TCached<TPublicMealRegions>> {
  const { month, months } = await monthOf(asked);
  return cachedAggregate(`meals:regions:${month ? monthKey(month) : "none"}`, async () => {
    if (!month) return { month, months, regions: [], total: null };
    const schools = await schoolFigures(month, {});
    const regions = [...new Set(schools.map((s) => s.region))].map((region) => {
      const of = schools.filter((s) => s.region === region);
      return { region, schools: of.length, ...sumFigures(of) };
    });
    const shown = publicRows(regions);
    return { month, months, regions: regions.map((r, i) => ({ region: r.region, schools: r.schools, ...shown[i]! })), total: publicTotals(sumFigures(regions)) };
  });
}

export type TPublicMealRegion = { region: string; month: Date | null; months: Date[]; schools: ({ schoolId: number; name: string; nameRu: string | null } & TPublicFigures)[]; total: TPublicFigures | null };

/** One region's schools' figures of a month, public; null for a region no school names (the page answers 404). */
export async function publicMealRegion({ region, month: asked }: { region: string; month?: unknown }): Promise<TCached<TPublicMealRegion> | null> {
  if (typeof region !== "string" || !/^[\p{L}\p{N} .()-]{1,100}$/u.test(region)) return null;
  const known = await query<{ one: number }>(`SELECT 1 AS one FROM school WHERE region = $1 LIMIT 1`, [region]);
  if (!known.length) return null;
  const { month, months } = await monthOf(asked);
  return cachedAggregate(`meals:region:${region}:${month ? monthKey(month) : "none"}`, async () => {
    if (!month) return { region, month, months, schools: [], total: null };
    const schools = await schoolFigures(month, { region });
    const shown = publicRows(schools);
    return { region, month, months, schools: schools.map((s, i) => ({ schoolId: s.schoolId, name: s.name, nameRu: s.nameRu, ...shown[i]! })), total: publicTotals(sumFigures(schools)) };
  });
}

/**
 * The officials' view of the same figures: the schools of the official's department (a Ministry of Finance official:
 * every department; an investigator reads every school, as on the officials' other pages, decision 0181), exact.
 */
export async function officialMealFigures({ actor, month: asked }: { actor: TActor; month?: unknown }) {
  if (actor.role !== "official" && actor.role !== "investigator") throw new NotFoundError("meal figures");
  const everywhere = actor.role === "investigator" || actor.isFinance || actor.isSystem;
  if (!everywhere && actor.organizationId == null) throw new NotFoundError("meal figures");
  const { month, months } = await monthOf(asked);
  const schools = month ? await schoolFigures(month, { departmentIds: everywhere ? null : [actor.organizationId!] }) : [];
  return { month, months, schools: schools.map((s) => ({ ...s, averageTiyn: averageTiyn(s) })), total: { ...sumFigures(schools), averageTiyn: averageTiyn(sumFigures(schools)) } };
}
