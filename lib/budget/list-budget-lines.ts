import "server-only";
import type { TNames } from "../i18n/localized-name";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { PAGE_SIZE, toPage } from "../pagination";

export const BUDGET_LINE_SORTS = ["code", "name", "year", "appropriated", "allocated", "paid", "returned"] as const;
export type TBudgetLineSort = (typeof BUDGET_LINE_SORTS)[number];

export type TBudgetLineRow = {
  id: number;
  code: string;
  specifics: string;
  fiscalYear: number;
  name: string;
  nameRu: string | null;
  nameKk: string | null;
  nameEn: string | null;
  region: string | null;
  ministryId: number;
  ministryName: string;
  ministryNameRu: string | null;
  /** The ministry's name with its forms in each language (decision 0230). */
  ministry: TNames;
  appropriatedTiyn: bigint;
  allocatedTiyn: bigint;
  paidTiyn: bigint;
  returnedTiyn: bigint;
};

const ORDER: Record<TBudgetLineSort, string> = {
  code: "b.code, b.specifics",
  name: "b.name",
  year: "b.fiscal_year",
  appropriated: "b.appropriated_tiyn",
  allocated: "allocated_tiyn",
  paid: "paid_tiyn",
  returned: "returned_tiyn",
};

/** The region filter: one of the 20 regions, or the republican lines (no region). */
export const NO_REGION = "none";

export type TBudgetTotals = { appropriated: bigint; allocated: bigint; paid: bigint };

/**
 * Budget lines the official may see (their ministry's; a Ministry of Finance official sees all), with what
 * was allocated from each, paid out of the projects' accounts to contractors, and returned. Figures come from
 * account balances (a handful of rows per colour), not from summing transfers.
 */
export async function listBudgetLines({
  actor,
  q,
  year,
  ministryId,
  region,
  page,
  sort,
  pageSize = PAGE_SIZE,
}: {
  actor: TActor;
  q?: string;
  year?: number;
  /** Narrows to one ministry; within the official's scope (another ministry's official just sees nothing). */
  ministryId?: number;
  /** A region code, or NO_REGION for the republican lines. */
  region?: string;
  page: number;
  sort: { column: TBudgetLineSort; direction: "asc" | "desc" };
  pageSize?: number;
}) {
  if (actor.role !== "official" && !actor.isSystem) throw new ForbiddenError();
  const ministry = actor.isFinance || actor.isSystem ? null : (actor.organizationId ?? -1);
  const text = q?.trim() ? `%${q.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const digits = q?.replace(/\D/g, "") ?? "";
  const codeLike = digits.length >= 2 ? `${digits}%` : null;
  const where = `($1::int IS NULL OR b.ministry_id = $1) AND ($2::int IS NULL OR b.fiscal_year = $2)
    AND ($3::text IS NULL OR b.name ILIKE $3 OR b.name_ru ILIKE $3 OR b.name_kk ILIKE $3 OR b.name_en ILIKE $3 OR ($4::text IS NOT NULL AND replace(b.code, ' ', '') LIKE $4))
    AND ($5::int IS NULL OR b.ministry_id = $5)
    AND ($6::text IS NULL OR ($6 = '${NO_REGION}' AND b.region IS NULL) OR b.region = $6)`;
  const figures = `
    WITH c AS (
      SELECT c.budget_line_id, c.minted_tiyn,
             coalesce(p.balance_tiyn, 0) AS project_balance,
             coalesce(r.returned_from_project, 0) AS returned_from_project,
             coalesce(x.balance_tiyn, 0) AS returned
      FROM colour c
      LEFT JOIN account p ON p.colour_id = c.id AND p.holder_key = 'project:' || c.project_id
      LEFT JOIN account x ON x.colour_id = c.id AND x.holder_key = 'exit:returned'
      LEFT JOIN LATERAL (SELECT sum(t.amount_tiyn) AS returned_from_project FROM transfer t
                         WHERE t.from_account_id = p.id AND t.kind = 'return') r ON true
      WHERE c.budget_line_id IN (SELECT b.id FROM budget_line b WHERE ${where})
    ),
    f AS (
      SELECT budget_line_id, sum(minted_tiyn)::bigint AS allocated_tiyn,
             sum(minted_tiyn - project_balance - returned_from_project)::bigint AS paid_tiyn,
             sum(returned)::bigint AS returned_tiyn
      FROM c GROUP BY budget_line_id
    )`;
  const db = prisma();
  const params = [ministry, year ?? null, text, codeLike, ministryId ?? null, region ?? null];
  // Totals for the charts, over everything the filters select (not just this page): per ministry and per the
  // line's region (republican lines, without one, are a bar of their own). Both add up to the same figures.
  const totals = `sum(b.appropriated_tiyn)::bigint AS appropriated, coalesce(sum(f.allocated_tiyn), 0)::bigint AS allocated,
            coalesce(sum(f.paid_tiyn), 0)::bigint AS paid`;
  const [rows, [count], byMinistry, byRegion] = await Promise.all([
    db.$queryRawUnsafe<(Omit<TBudgetLineRow, "ministryName" | "ministryNameRu" | "ministry"> & { ministry_name: string; ministry_name_ru: string | null; ministry_name_kk: string | null; ministry_name_en: string | null })[]>(
      `${figures}
       SELECT b.id, b.code, b.specifics, b.fiscal_year AS "fiscalYear", b.name, b.name_ru AS "nameRu", b.name_kk AS "nameKk", b.name_en AS "nameEn",
              b.region, b.ministry_id AS "ministryId", o.name AS ministry_name, o.name_ru AS ministry_name_ru, o.name_kk AS ministry_name_kk,
              o.name_en AS ministry_name_en, b.appropriated_tiyn AS "appropriatedTiyn",
              coalesce(f.allocated_tiyn, 0)::bigint AS "allocatedTiyn", coalesce(f.paid_tiyn, 0)::bigint AS "paidTiyn",
              coalesce(f.returned_tiyn, 0)::bigint AS "returnedTiyn",
              coalesce(f.allocated_tiyn, 0) AS allocated_tiyn, coalesce(f.paid_tiyn, 0) AS paid_tiyn, coalesce(f.returned_tiyn, 0) AS returned_tiyn
       FROM budget_line b JOIN organization o ON o.id = b.ministry_id LEFT JOIN f ON f.budget_line_id = b.id
       WHERE ${where}
       ORDER BY ${ORDER[sort.column]} ${sort.direction === "desc" ? "DESC" : "ASC"}, b.id
       LIMIT ${Math.trunc(pageSize)} OFFSET ${(page - 1) * Math.trunc(pageSize)}`,
      ...params,
    ),
    db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM budget_line b WHERE ${where}`, ...params),
    db.$queryRawUnsafe<({ ministry: string; ministry_ru: string | null; ministry_kk: string | null; ministry_en: string | null } & TBudgetTotals)[]>(
      `${figures}
       SELECT o.name AS ministry, o.name_ru AS ministry_ru, o.name_kk AS ministry_kk, o.name_en AS ministry_en, ${totals}
       FROM budget_line b JOIN organization o ON o.id = b.ministry_id LEFT JOIN f ON f.budget_line_id = b.id
       WHERE ${where} GROUP BY o.id, o.name, o.name_ru, o.name_kk, o.name_en ORDER BY appropriated DESC, o.id LIMIT 12`,
      ...params,
    ),
    db.$queryRawUnsafe<({ region: string | null } & TBudgetTotals)[]>(
      `${figures}
       SELECT b.region, ${totals}
       FROM budget_line b LEFT JOIN f ON f.budget_line_id = b.id
       WHERE ${where} GROUP BY b.region ORDER BY appropriated DESC, b.region NULLS FIRST LIMIT 12`,
      ...params,
    ),
  ]);
  return {
    page: toPage(
      rows.map(({ ministry_name, ministry_name_ru, ministry_name_kk, ministry_name_en, ...r }) => ({ ...r, ministryName: ministry_name, ministryNameRu: ministry_name_ru, ministry: { name: ministry_name, nameRu: ministry_name_ru, nameKk: ministry_name_kk, nameEn: ministry_name_en } }) as TBudgetLineRow),
      Number(count?.n ?? 0),
      page,
      pageSize,
    ),
    byMinistry,
    byRegion,
  };
}

/** Ministries an official may create budget lines for: their own, or all for the Ministry of Finance. */
export async function ministriesFor(actor: TActor) {
  if (actor.role !== "official") throw new ForbiddenError();
  return prisma().organization.findMany({
    where: { kind: "ministry", ...(actor.isFinance ? {} : { id: actor.organizationId ?? -1 }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true },
  });
}
