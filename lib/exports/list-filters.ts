import "server-only";
import type { ContractStatus } from "../generated/prisma/enums";
import { REGIONS } from "../kz/regions";
import { parseSort } from "../pagination";
import { COMPANY_SORTS } from "../contractors/list-companies";
import { CONTRACT_SORTS } from "../contracts/list-contracts";
import { PROJECT_SORTS } from "../projects/list-projects";
import { TIMELINE_SORTS } from "../projects/project-overview";
import { FLAG_SORTS, type TFlagStatusFilter } from "../flags/list-flags";
import { CASE_SORTS } from "../cases/list-cases";
import { CASE_STATUSES } from "../cases/manage-case";
import { parseId } from "../http/parse-id";
import { ROLES } from "../roles";
import { USER_SORTS } from "../users/list-users";
import { INVOICE_SORTS } from "../invoices/company-invoices";
import { COMPANY_CONTRACT_SORTS } from "../contracts/list-company-contracts";
import type { InvoiceStatus } from "../generated/prisma/enums";
import { BUDGET_LINE_SORTS, NO_REGION } from "../budget/list-budget-lines";

// The filters of the officials' lists read once from the query string, for the page and its CSV alike: one URL is
// one filter state, so the download holds exactly the rows the screen selects (issue 19, decision 0182).

type TParams = Record<string, string | undefined>;

const region = (raw: string | undefined) => REGIONS.find((r) => r.code === raw)?.code;
// PostgreSQL refuses a NUL byte in text: dropped here too, whoever read the query string.
const text = (raw: string | undefined) => raw?.replaceAll("\u0000", "").trim().slice(0, 200) || undefined;

export function projectListFilters(sp: TParams) {
  return { q: text(sp.q), region: region(sp.region), sort: parseSort(sp.sort, PROJECT_SORTS, "-created") };
}

export const CONTRACT_STATUSES = ["active", "completed", "terminated"] as const satisfies readonly ContractStatus[];

export function contractListFilters(sp: TParams) {
  return {
    kind: sp.kind === "sub" ? ("sub" as const) : ("general" as const),
    q: text(sp.q),
    status: CONTRACT_STATUSES.find((s) => s === sp.status),
    sort: parseSort(sp.sort, CONTRACT_SORTS, "-signed"),
  };
}

export function companyListFilters(sp: TParams) {
  const status = sp.status === "debarred" || sp.status === "clear" ? sp.status : undefined;
  return { q: text(sp.q), status, debarred: status ? status === "debarred" : undefined, region: region(sp.region), sort: parseSort(sp.sort, COMPANY_SORTS, "name") };
}

/** A project's payments tab (its transfers in every colour). */
export function projectPaymentsFilters(sp: TParams) {
  return { q: text(sp.q), sort: parseSort(sp.sort, TIMELINE_SORTS, "-when") };
}

const FLAG_STATUSES = ["open", "dismissed", "cleared", "all"] as const satisfies readonly TFlagStatusFilter[];

/** The red-flag queue: open flags unless another status is chosen; a company's or project's flags from its risk row. */
export function flagListFilters(sp: TParams) {
  return {
    filter: {
      q: text(sp.q),
      kind: sp.kind || undefined,
      severity: sp.severity || undefined,
      region: text(sp.region),
      status: FLAG_STATUSES.find((s) => s === sp.status) ?? ("open" as const),
      companyId: parseId(sp.company) ?? undefined,
      projectId: parseId(sp.project) ?? undefined,
    },
    sort: parseSort(sp.sort, FLAG_SORTS, "-score"),
  };
}

export function caseListFilters(sp: TParams) {
  return { q: text(sp.q), status: CASE_STATUSES.find((s) => s === sp.status), sort: parseSort(sp.sort, CASE_SORTS, "-updated") };
}

export function userListFilters(sp: TParams) {
  const status = (["active", "inactive"] as const).find((s) => s === sp.status);
  return { q: text(sp.q), role: ROLES.find((r) => r === sp.role), status, sort: parseSort(sp.sort, USER_SORTS, "name") };
}

const COMPANY_INVOICE_STATUSES = ["draft", "submitted", "approved", "paid", "rejected", "withdrawn"] as const satisfies readonly InvoiceStatus[];

/** A company's invoices: those it issued, or those it received under its subcontracts (`box=incoming`). */
export function companyInvoiceFilters(sp: TParams) {
  return {
    box: sp.box === "incoming" ? ("incoming" as const) : ("issued" as const),
    q: text(sp.q),
    status: COMPANY_INVOICE_STATUSES.find((s) => s === sp.status),
    sort: parseSort(sp.sort, INVOICE_SORTS, "-issued"),
  };
}

/** A company's contracts: those it holds, those it pays (its subcontracts), or both. */
export function companyContractFilters(sp: TParams) {
  return {
    q: text(sp.q),
    side: (["holder", "payer"] as const).find((s) => s === sp.side),
    status: CONTRACT_STATUSES.find((s) => s === sp.status),
    sort: parseSort(sp.sort, COMPANY_CONTRACT_SORTS, "-signed"),
  };
}

/** The budget lines: a ministry only among those the official may choose (`ministries`); NO_REGION for republican lines. */
export function budgetListFilters(sp: TParams, ministries: readonly { id: number }[]) {
  return {
    q: text(sp.q),
    year: sp.year && /^\d{4}$/.test(sp.year) ? Number(sp.year) : undefined,
    ministryId: ministries.find((m) => String(m.id) === sp.ministry)?.id,
    region: sp.region === NO_REGION ? NO_REGION : region(sp.region),
    sort: parseSort(sp.sort, BUDGET_LINE_SORTS, "code"),
  };
}

/** The query string of a list's CSV link: the same filters as the page, without its page number. */
export function csvHref(path: string, params: TParams): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The .xlsx twin of a list's CSV link: the same query string on the sibling route (".../csv?q" → ".../xlsx?q"). */
export function xlsxHref(csvLink: string): string {
  return csvLink.replace(/\/csv(\?|$)/, "/xlsx$1");
}

/** A page header's downloads: the CSV link and its .xlsx twin with the same filters (decision 0254). */
export function listDownload(csvLink: string, label: string, excelLabel: string) {
  return { href: csvLink, label, excel: { href: xlsxHref(csvLink), label: excelLabel } };
}
