import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { listCompanyContracts } from "../contracts/list-company-contracts";
import { almatyDay } from "../dates";
import { localizedName, translator, type TLocale } from "../i18n";
import { listCompanyInvoices } from "../invoices/company-invoices";
import { FIRST, LIST_CSV_MAX_ROWS } from "./list-csv";
import { day, listTable, money, type TListTable } from "./list-table";
import { companyContractFilters, companyInvoiceFilters } from "./list-filters";

// A contractor's own lists as CSV for Excel (issue 19, decision 0193): its contracts and its invoices, exactly as the
// page's filters select them, of the caller's company only (companyOf in the list functions).

type TInput = { actor: TActor; params: Record<string, string | undefined>; locale: TLocale };

export async function companyInvoicesCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const f = companyInvoiceFilters(params);
  const list = await listCompanyInvoices({ actor, box: f.box, q: f.q, status: f.status, sort: f.sort.column, direction: f.sort.direction, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "company.invoices.export", undefined, { box: f.box, q: f.q ?? null, status: f.status ?? null, rows: list.rows.length });
  const header = [t("company.invoices.columns.number"), t("company.invoices.columns.contract"), t("company.invoices.columns.company"), t("contractors.columns.bin"), t("company.invoices.columns.project"), t("company.invoices.columns.issued"), t("investigate.csv.valueKzt"), t("company.invoices.columns.status")];
  const rows = list.rows.map((i) => [
    i.number,
    i.contract.number,
    localizedName(locale, i.contract.contractor),
    i.contract.contractor.bin ?? "",
    localizedName(locale, i.contract.project),
    day(i.issuedOn),
    money(i.totalTiyn),
    t(`company.invoices.status.${i.status}`),
  ]);
  return listTable(header, rows, `invoices-${f.box}-${almatyDay(new Date())}`);
}

export async function companyContractsCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const f = companyContractFilters(params);
  const list = await listCompanyContracts({ actor, q: f.q, side: f.side, status: f.status, sort: f.sort.column, direction: f.sort.direction, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "company.contracts.export", undefined, { q: f.q ?? null, side: f.side ?? null, status: f.status ?? null, rows: list.rows.length });
  const header = [
    t("company.contracts.columns.number"),
    t("company.contracts.columns.project"),
    t("lists.payments.colour"),
    t("company.contracts.columns.side"),
    t("company.contracts.columns.counterparty"),
    t("contractors.columns.bin"),
    t("company.contracts.columns.signed"),
    t("investigate.csv.valueKzt"),
    t("investigate.csv.billedKzt"),
    t("investigate.csv.paidKzt"),
    t("company.contracts.columns.status"),
  ];
  const rows = list.rows.map((c) => [
    c.number,
    localizedName(locale, c.project),
    c.colour.id,
    t(`company.contracts.sides.${c.side}`),
    c.counterparty.kind === "project" ? t("company.history.projectAccount", { ministry: localizedName(locale, c.counterparty) }) : localizedName(locale, c.counterparty),
    c.counterparty.bin ?? "",
    day(c.signedOn),
    money(c.valueTiyn),
    money(c.billedTiyn),
    money(c.paidTiyn),
    t(`company.contractStatus.${c.status}`),
  ]);
  return listTable(header, rows, `my-contracts-${almatyDay(new Date())}`);
}
