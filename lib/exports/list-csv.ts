import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { listCompanies } from "../contractors/list-companies";
import { listContracts } from "../contracts/list-contracts";
import { almatyDay } from "../dates";
import { localizedName, translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { listProjects } from "../projects/list-projects";
import { companyListFilters, contractListFilters, projectListFilters } from "./list-filters";
import { day, listTable, money, type TListTable } from "./list-table";

// The officials' lists as files to take away (issue 19, decision 0182): exactly the rows the page's filters select,
// in its order, at most LIST_CSV_MAX_ROWS, as one table that the CSV and the .xlsx writers share (./list-table.ts,
// decision 0254).

export const LIST_CSV_MAX_ROWS = 10_000;
export const FIRST = 1;

type TParams = Record<string, string | undefined>;

export async function projectsCsv({ actor, params, locale }: { actor: TActor; params: TParams; locale: TLocale }): Promise<TListTable> {
  const f = projectListFilters(params);
  const list = await listProjects({ actor, q: f.q, region: f.region, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "projects.list.export", undefined, { q: f.q ?? null, region: f.region ?? null, rows: list.rows.length });
  const header = [t("projects.columns.name"), t("investigate.csv.ministry"), t("projects.columns.region"), t("investigate.csv.address"), t("projects.columns.items"), t("investigate.csv.estimateKzt"), t("projects.columns.colours"), t("projects.columns.created")];
  const rows = list.rows.map((p) => [localizedName(locale, p), localizedName(locale, p.ministry), regionName(p.region, locale), p.address ?? "", p._count.estimateItems, money(p.estimateTiyn), p._count.colours, day(p.createdAt)]);
  return listTable(header, rows, `projects-${almatyDay(new Date())}`);
}

export async function contractsCsv({ actor, params, locale }: { actor: TActor; params: TParams; locale: TLocale }): Promise<TListTable> {
  const f = contractListFilters(params);
  const list = await listContracts({ actor, kind: f.kind, q: f.q, status: f.status, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "contracts.list.export", undefined, { kind: f.kind, q: f.q ?? null, status: f.status ?? null, rows: list.rows.length });
  const header = [
    t("contracts.columns.number"),
    t("investigate.csv.parent"),
    t("contracts.columns.project"),
    t("contracts.columns.contractor"),
    t("contractors.columns.bin"),
    t("contracts.columns.signed"),
    t("investigate.csv.valueKzt"),
    t("investigate.csv.billedKzt"),
    t("investigate.csv.paidKzt"),
    t("contracts.columns.status"),
  ];
  const rows = list.rows.map((c) => [
    c.number,
    c.parent?.number ?? "",
    localizedName(locale, c.project),
    localizedName(locale, c.contractor),
    c.contractor.bin ?? "",
    day(c.signedOn),
    money(c.valueTiyn),
    money(c.billedTiyn),
    money(c.paidTiyn),
    t(`contracts.status.${c.status}`),
  ]);
  return listTable(header, rows, `${f.kind === "sub" ? "subcontracts" : "contracts"}-${almatyDay(new Date())}`);
}

export async function companiesCsv({ actor, params, locale }: { actor: TActor; params: TParams; locale: TLocale }): Promise<TListTable> {
  const f = companyListFilters(params);
  const list = await listCompanies({ actor, q: f.q, debarred: f.debarred, region: f.region, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "contractors.list.export", undefined, { q: f.q ?? null, status: f.status ?? null, region: f.region ?? null, rows: list.rows.length });
  const header = [t("contractors.columns.name"), t("contractors.columns.bin"), t("contractors.columns.region"), t("contractors.columns.registered"), t("contractors.columns.people"), t("investigate.csv.debarredOn")];
  const rows = list.rows.map((c) => [localizedName(locale, c), c.bin, c.region ? regionName(c.region, locale) : "", day(c.registeredOn), c.people, c.isDebarred ? day(c.debarredOn) : ""]);
  return listTable(header, rows, `contractors-${almatyDay(new Date())}`);
}
