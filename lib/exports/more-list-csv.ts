import "server-only";
import type { TActor } from "../actor";
import { auditRead } from "../audit";
import { displayBudgetCode } from "../budget/budget-code";
import { listBudgetLines, ministriesFor } from "../budget/list-budget-lines";
import { listCases } from "../cases/list-cases";
import { almatyDay } from "../dates";
import { listFlags } from "../flags/list-flags";
import { localizedName, translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { parseId } from "../http/parse-id";
import { NotFoundError } from "../errors";
import { listProjectTimeline, type THolderLabel } from "../projects/project-overview";
import { listUsers } from "../users/list-users";
import { approvalQueueExportRows, QUEUE_SORTS } from "../invoices/list-approval-queue";
import type { InvoiceStatus } from "../generated/prisma/enums";
import { parseQueueFilters } from "../invoices/queue-filters";
import { parseSort } from "../pagination";
import { FIRST, LIST_CSV_MAX_ROWS } from "./list-csv";
import { day, listTable, money, moment, type TListTable } from "./list-table";
import { budgetListFilters, caseListFilters, flagListFilters, projectPaymentsFilters, userListFilters } from "./list-filters";

// The remaining lists as CSV for Excel (issue 19, decisions 0182 and 0193): the budget lines, the project's payments,
// the red-flag queue, the cases and the users, each exactly as its page's filters select, in the page's order, at most LIST_CSV_MAX_ROWS.

type TParams = Record<string, string | undefined>;
type TInput = { actor: TActor; params: TParams; locale: TLocale };

/** The project's payments tab: officials of the project's ministry (Finance: all) and investigators; others: not found. */
export async function projectPaymentsCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const projectId = parseId(params.id);
  if (projectId === null) throw new NotFoundError("project");
  const f = projectPaymentsFilters(params);
  const list = await listProjectTimeline({ actor, projectId, q: f.q, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "project.payments.export", `project:${projectId}`, { q: f.q ?? null, rows: list.rows.length });
  const holder = (h: THolderLabel) => (h.kind === "exit" ? t(`project.exits.${h.name}` as never) : h.kind === "issuance" ? t("project.exits.issuance") : h.name);
  const header = [t("lists.payments.transfer"), t("project.timeline.when"), t("project.timeline.kind"), t("lists.payments.colour"), t("project.timeline.from"), t("project.timeline.to"), t("project.timeline.document"), t("project.timeline.amount")];
  const rows = list.rows.map((r) => [
    r.id,
    moment(r.createdAt),
    t(`project.timeline.kinds.${r.kind}` as never),
    r.colourId,
    holder(r.from),
    holder(r.to),
    r.documentType === "invoice" && r.invoiceNumber ? t("project.timeline.invoice", { number: r.invoiceNumber }) : t(`project.timeline.documents.${r.documentType}` as never),
    money(r.amountTiyn),
  ]);
  return listTable(header, rows, `project-${projectId}-payments-${almatyDay(new Date())}`);
}

/** The red-flag queue (investigators only). */
export async function flagsCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const f = flagListFilters(params);
  const list = await listFlags({ actor, filter: f.filter, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "flags.list.export", undefined, { ...f.filter, q: f.filter.q ?? null, rows: list.rows.length });
  const header = [t("flags.columns.id"), t("flags.columns.kind"), t("flags.columns.subject"), t("contractors.columns.bin"), t("flags.columns.project"), t("flags.columns.region"), t("flags.columns.severity"), t("flags.columns.score"), t("flags.filters.status"), t("flags.columns.detected")];
  const rows = list.rows.map((r) => [
    r.id,
    t(`flags.kinds.${r.kind}.name`),
    r.company ? localizedName(locale, r.company) : "",
    r.company?.bin ?? "",
    localizedName(locale, r.project),
    r.region ? regionName(r.region, locale) : "",
    t(`flags.severity.${r.severity}`),
    r.score,
    t(`flags.status.${r.status as "open"}`),
    moment(r.lastDetectedAt),
  ]);
  return listTable(header, rows, `flags-${almatyDay(new Date())}`);
}

/** The cases (investigators only). */
export async function casesCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const f = caseListFilters(params);
  const list = await listCases({ actor, q: f.q, status: f.status, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "cases.list.export", undefined, { q: f.q ?? null, status: f.status ?? null, rows: list.rows.length });
  const header = ["№", t("cases.columns.title"), t("cases.columns.status"), t("cases.columns.items"), t("cases.columns.updated"), t("cases.columns.created")];
  const rows = list.rows.map((c) => [c.id, c.title, t(`cases.status.${c.status}`), c._count.items, moment(c.updatedAt), moment(c.createdAt)]);
  return listTable(header, rows, `cases-${almatyDay(new Date())}`);
}

/** The users (administrators only); never a password hash. */
export async function usersCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const f = userListFilters(params);
  const list = await listUsers({ actor, q: f.q, role: f.role, status: f.status, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "users.list.export", undefined, { q: f.q ?? null, role: f.role ?? null, status: f.status ?? null, rows: list.rows.length });
  const header = [t("users.columns.name"), t("users.columns.email"), t("users.columns.role"), t("users.columns.organization"), t("users.columns.status"), t("users.columns.created")];
  const rows = list.rows.map((u) => [u.name, u.email, t(`roles.${u.role}`), u.organization?.name ?? "", u.isActive ? t("users.active") : t("users.inactive"), day(u.createdAt)]);
  return listTable(header, rows, `users-${almatyDay(new Date())}`);
}

/** The budget lines with their figures (officials: their ministry's; Finance: all). */
export async function budgetLinesCsv({ actor, params, locale }: TInput): Promise<TListTable> {
  const f = budgetListFilters(params, await ministriesFor(actor));
  const { page: list } = await listBudgetLines({ actor, q: f.q, year: f.year, ministryId: f.ministryId, region: f.region, sort: f.sort, page: FIRST, pageSize: LIST_CSV_MAX_ROWS });
  const t = translator(locale);
  await auditRead(actor, "budget.list.export", undefined, { q: f.q ?? null, year: f.year ?? null, ministry: f.ministryId ?? null, region: f.region ?? null, rows: list.rows.length });
  const header = [t("budget.columns.code"), t("budget.columns.name"), t("investigate.csv.ministry"), t("projects.columns.region"), t("budget.columns.year"), t("budget.columns.appropriated"), t("budget.columns.allocated"), t("budget.columns.paid"), t("budget.columns.returned")];
  const rows = list.rows.map((l) => [
    displayBudgetCode(l.code, l.specifics),
    localizedName(locale, l),
    localizedName(locale, l.ministry),
    l.region ? regionName(l.region, locale) : t("budget.republican"),
    l.fiscalYear,
    money(l.appropriatedTiyn),
    money(l.allocatedTiyn),
    money(l.paidTiyn),
    money(l.returnedTiyn),
  ]);
  return listTable(header, rows, `budget-lines-${almatyDay(new Date())}`);
}

/** The invoice queue's rows as the filters select them, as the one table of its CSV and .xlsx (decision 0254). */
export async function approvalQueueTable(input: Parameters<typeof approvalQueueExportRows>[0] & { header: readonly string[]; statusLabel: (s: InvoiceStatus) => string }): Promise<TListTable> {
  const rows = await approvalQueueExportRows(input);
  const cells = rows.map((r) => [r.number, r.contract.number, r.contract.contractor.name, r.contract.contractor.bin, r.contract.project.name, moment(r.submittedAt), money(r.totalTiyn), input.statusLabel(r.status)]);
  return listTable(input.header, cells, `invoices-${almatyDay(new Date())}`);
}

const QUEUE_COLUMNS = ["number", "contract", "contractor", "bin", "project", "submitted", "amount", "status"] as const;

/** The official's invoice queue as its filters select it (officials of the ministry; Finance: all). */
export async function invoiceQueueTable({ actor, params, locale }: TInput): Promise<TListTable> {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const { filters } = parseQueueFilters(search);
  const t = translator(locale);
  return approvalQueueTable({
    actor,
    filters,
    sort: parseSort(params.sort, QUEUE_SORTS, "submitted"),
    header: QUEUE_COLUMNS.map((c) => t(`invoiceQueue.csvHeader.${c}`)),
    statusLabel: (s) => t(`invoices.status.${s}`),
  });
}
