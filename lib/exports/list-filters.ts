import "server-only";
import type { ContractStatus } from "../generated/prisma/enums";
import { REGIONS } from "../kz/regions";
import { parseSort } from "../pagination";
import { COMPANY_SORTS } from "../contractors/list-companies";
import { CONTRACT_SORTS } from "../contracts/list-contracts";
import { PROJECT_SORTS } from "../projects/list-projects";

// The filters of the officials' lists read once from the query string, for the page and its CSV alike: one URL is
// one filter state, so the download holds exactly the rows the screen selects (issue 19, decision 0182).

type TParams = Record<string, string | undefined>;

const region = (raw: string | undefined) => REGIONS.find((r) => r.code === raw)?.code;
const text = (raw: string | undefined) => raw?.trim().slice(0, 200) || undefined;

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

/** The query string of a list's CSV link: the same filters as the page, without its page number. */
export function csvHref(path: string, params: TParams): string {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
