import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { assertOfficialOrInvestigator } from "../scope";
import { PAGE_SIZE, toPage } from "../pagination";
import { nameSearchVector, parseCompanyQuery } from "./company-query";

export const COMPANY_SORTS = ["name", "bin", "registered", "created"] as const;
export type TCompanySort = (typeof COMPANY_SORTS)[number];

const ORDER: Record<TCompanySort, string> = { name: "o.name", bin: "o.bin", registered: "o.registered_on", created: "o.created_at" };

export type TCompanyRow = {
  id: number;
  name: string;
  nameRu: string | null;
  bin: string;
  region: string | null;
  registeredOn: Date | null;
  isDebarred: boolean;
  debarredOn: Date | null;
  people: number;
};

/** Every official and every investigator may read the registry: it is registry data, not one ministry's. */
export function assertRegistryReader(actor: TActor): void {
  assertOfficialOrInvestigator(actor);
}

/**
 * The registry, a page at a time. Every filter is a condition an index serves (the baseline migration's
 * hand-written indexes, decision 0021): a BIN or its prefix, name words, region, the debarred; sorting by name
 * walks (kind, name). Only the conditions in use are written into the SQL, so that the partial indexes apply.
 */
export async function listCompanies({
  actor,
  q,
  debarred,
  region,
  page,
  sort,
  pageSize = PAGE_SIZE,
}: {
  actor: TActor;
  q?: string;
  debarred?: boolean;
  region?: string;
  page: number;
  sort: { column: TCompanySort; direction: "asc" | "desc" };
  pageSize?: number;
}) {
  assertRegistryReader(actor);
  const params: unknown[] = [];
  const where = ["o.kind = 'company'"];
  const query = parseCompanyQuery(q);
  if (query?.kind === "bin") where.push(`o.bin = $${params.push(query.bin)}`);
  if (query?.kind === "binPrefix") where.push(`o.bin LIKE $${params.push(`${query.prefix}%`)}`);
  if (query?.kind === "words") where.push(`${nameSearchVector("o")} @@ to_tsquery('simple'::regconfig, $${params.push(query.tsquery)})`);
  if (debarred === true) where.push("o.is_debarred");
  if (debarred === false) where.push("NOT o.is_debarred");
  if (region) where.push(`o.region = $${params.push(region)}`);
  const sql = where.join(" AND ");
  const direction = sort.direction === "desc" ? "DESC" : "ASC";
  const db = prisma();
  const [rows, count] = await Promise.all([
    db.$queryRawUnsafe<TCompanyRow[]>(
      `SELECT o.id, o.name, o.name_ru AS "nameRu", o.bin, o.region, o.registered_on AS "registeredOn", o.is_debarred AS "isDebarred",
              o.debarred_on AS "debarredOn",
              (SELECT count(DISTINCT cp.person_id)::int FROM company_person cp WHERE cp.organization_id = o.id) AS people
       FROM organization o WHERE ${sql}
       ORDER BY ${ORDER[sort.column]} ${direction} NULLS LAST, o.id ${direction}
       LIMIT ${Math.trunc(pageSize)} OFFSET ${(page - 1) * Math.trunc(pageSize)}`,
      ...params,
    ),
    db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*)::bigint AS n FROM organization o WHERE ${sql}`, ...params),
  ]);
  return toPage(rows, Number(count[0]?.n ?? 0), page, pageSize);
}
