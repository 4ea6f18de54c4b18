import "server-only";
import type { TActor } from "../actor";
import { listCompanies } from "../contractors/list-companies";
import { formatDate, formatDateTime } from "../dates";
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { localizedName, localText, translator, type TLocale, type TLocalText } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn } from "../money";
import { pageWindow, toPage, type TPage } from "../pagination";
import { listProjects } from "../projects/list-projects";
import { assertOfficialOrInvestigator, readsEveryMinistry } from "../scope";
import { traceHref } from "../trace/subject";
import { transferNumberOf } from "./search-query";

// One search across every kind of record (issue 19): companies by name or BIN, projects by name or address,
// invoices by number, payments by transfer number. Investigators search everything; officials within their scope
// (the registry is every official's; projects, invoices and payments of their ministry, all for Finance).

export const SEARCH_KINDS = ["companies", "projects", "invoices", "payments"] as const;
export type TSearchKind = (typeof SEARCH_KINDS)[number];
/** `local`: the title as a name in the reader's language with its fallback tag (companies, projects; decision 0230). */
export type TSearchRow = { key: string; title: string; local?: TLocalText; detail: string; amount: string | null; href: string };
export type TSearchGroup = TPage<TSearchRow> & { kind: TSearchKind };

const ministryWhere = (actor: TActor) => (readsEveryMinistry(actor) ? Prisma.empty : Prisma.sql`AND p.ministry_id = ${actor.organizationId ?? -1}`);

async function companies(actor: TActor, q: string, page: number, locale: TLocale): Promise<TPage<TSearchRow>> {
  const found = await listCompanies({ actor, q, page, sort: { column: "name", direction: "asc" } });
  const t = translator(locale);
  return {
    ...found,
    rows: found.rows.map((c) => ({
      key: `company:${c.id}`,
      title: localizedName(locale, c),
      local: localText(locale, t, c),
      detail: [`${t("contractors.facts.bin")} ${c.bin}`, c.region ? regionName(c.region, locale) : null, c.isDebarred ? t("contractors.debarredSince", { date: formatDate(c.debarredOn) }) : null].filter(Boolean).join(" · "),
      amount: null,
      href: `/contractors/${c.id}`,
    })),
  };
}

async function projects(actor: TActor, q: string, page: number, locale: TLocale): Promise<TPage<TSearchRow>> {
  const found = await listProjects({ actor, q, page, sort: { column: "name", direction: "asc" } });
  const t = translator(locale);
  return {
    ...found,
    rows: found.rows.map((p) => ({
      key: `project:${p.id}`,
      title: localizedName(locale, p),
      local: localText(locale, t, p),
      detail: [localizedName(locale, p.ministry), regionName(p.region, locale), p.address].filter(Boolean).join(" · "),
      amount: formatTiyn(p.estimateTiyn),
      href: `/projects/${p.id}`,
    })),
  };
}

type TInvoiceHit = { id: number; number: string; status: string; total_tiyn: bigint; issued_on: Date; contract: string; company: string; company_ru: string | null; company_kk: string | null; company_en: string | null; project: string; project_ru: string | null; project_kk: string | null; project_en: string | null };

async function invoices(actor: TActor, q: string, page: number, locale: TLocale): Promise<TPage<TSearchRow>> {
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  // Officials decide on (and so open) invoices under general contracts; a subcontract's invoices are its payer's.
  const officialOnly = actor.role === "official" ? Prisma.sql`AND c.parent_id IS NULL` : Prisma.empty;
  const from = Prisma.sql`
    FROM invoice i JOIN contract c ON c.id = i.contract_id JOIN project p ON p.id = c.project_id JOIN organization o ON o.id = i.issuer_id
    WHERE i.status <> 'draft' AND i.number ILIKE ${like} ${officialOnly} ${ministryWhere(actor)}`;
  const { skip, take } = pageWindow(page);
  const db = prisma();
  const [rows, count] = await Promise.all([
    db.$queryRaw<TInvoiceHit[]>`SELECT i.id, i.number, i.status::text AS status, i.total_tiyn, i.issued_on, c.number AS contract, o.name AS company, o.name_ru AS company_ru, o.name_kk AS company_kk, o.name_en AS company_en, p.name AS project, p.name_ru AS project_ru, p.name_kk AS project_kk, p.name_en AS project_en ${from} ORDER BY i.issued_on DESC, i.id DESC LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n ${from}`,
  ]);
  const t = translator(locale);
  return toPage(
    rows.map((r) => ({
      key: `invoice:${r.id}`,
      title: r.number,
      detail: [localizedName(locale, { name: r.company, nameRu: r.company_ru, nameKk: r.company_kk, nameEn: r.company_en }), r.contract, localizedName(locale, { name: r.project, nameRu: r.project_ru, nameKk: r.project_kk, nameEn: r.project_en }), formatDate(r.issued_on), t(`invoices.status.${r.status}` as never)].join(" · "),
      amount: formatTiyn(r.total_tiyn),
      href: `/invoices/${r.id}`,
    })),
    Number(count[0]?.n ?? 0),
    page,
  );
}

type TPaymentHit = { id: bigint; amount_tiyn: bigint; created_at: Date; colour_id: number; project_id: number; project: string; project_ru: string | null; project_kk: string | null; project_en: string | null; from_name: string | null; from_ru: string | null; from_kk: string | null; from_en: string | null; to_name: string | null; to_ru: string | null; to_kk: string | null; to_en: string | null; from_key: string; to_key: string };

async function payments(actor: TActor, q: string, page: number, locale: TLocale): Promise<TPage<TSearchRow>> {
  const id = transferNumberOf(q);
  if (id === null) return toPage([], 0, page);
  const rows = await prisma().$queryRaw<TPaymentHit[]>`
    SELECT t.id, t.amount_tiyn, t.created_at, t.colour_id, p.id AS project_id, p.name AS project, p.name_ru AS project_ru, p.name_kk AS project_kk, p.name_en AS project_en,
           fo.name AS from_name, fo.name_ru AS from_ru, fo.name_kk AS from_kk, fo.name_en AS from_en,
           tor.name AS to_name, tor.name_ru AS to_ru, tor.name_kk AS to_kk, tor.name_en AS to_en, fa.holder_key AS from_key, ta.holder_key AS to_key
    FROM transfer t JOIN colour c ON c.id = t.colour_id JOIN project p ON p.id = c.project_id
    JOIN account fa ON fa.id = t.from_account_id LEFT JOIN organization fo ON fo.id = fa.organization_id
    JOIN account ta ON ta.id = t.to_account_id LEFT JOIN organization tor ON tor.id = ta.organization_id
    WHERE t.id = ${id} ${ministryWhere(actor)}`;
  const t = translator(locale);
  const projectOf = (r: TPaymentHit) => localizedName(locale, { name: r.project, nameRu: r.project_ru, nameKk: r.project_kk, nameEn: r.project_en });
  const holder = (name: string | null, ru: string | null, kk: string | null, en: string | null, key: string, project: string) => (name ? localizedName(locale, { name, nameRu: ru, nameKk: kk, nameEn: en }) : key.startsWith("project:") ? project : key);
  return toPage(
    rows.map((r) => ({
      key: `transfer:${r.id}`,
      title: t("investigate.search.payment", { id: String(r.id) }),
      detail: [`${holder(r.from_name, r.from_ru, r.from_kk, r.from_en, r.from_key, projectOf(r))} → ${holder(r.to_name, r.to_ru, r.to_kk, r.to_en, r.to_key, projectOf(r))}`, t("investigate.search.colour", { id: r.colour_id }), projectOf(r), formatDateTime(r.created_at)].join(" · "),
      amount: formatTiyn(r.amount_tiyn),
      // Investigators follow a payment back to its budget line; officials find it in the project's payments.
      href: actor.role === "investigator" ? traceHref({ kind: "transfer", id: Number(r.id) }, "backward") : `/projects/${r.project_id}/payments?q=${r.id}`,
    })),
    rows.length,
    page,
  );
}

const SEARCHES: Record<TSearchKind, (actor: TActor, q: string, page: number, locale: TLocale) => Promise<TPage<TSearchRow>>> = { companies, projects, invoices, payments };

/**
 * The search page's groups: one kind a page at a time when `kind` is given, else the first page of every kind.
 * An empty query searches nothing (an empty list of groups, not every record).
 */
export async function searchEverything({ actor, q, kind, page = 1, locale }: { actor: TActor; q?: string; kind?: TSearchKind; page?: number; locale: TLocale }): Promise<TSearchGroup[]> {
  assertOfficialOrInvestigator(actor);
  const text = (q ?? "").trim().slice(0, 200);
  if (!text) return [];
  const kinds = kind ? [kind] : SEARCH_KINDS;
  return Promise.all(kinds.map(async (k) => ({ kind: k, ...(await SEARCHES[k](actor, text, kind ? page : 1, locale)) })));
}
