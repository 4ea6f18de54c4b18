import { parseId } from "../http/parse-id";
import { firstParams, type TRawSearch } from "../http/search-params";
import { parseTenge, tiynToDecimalString } from "../money";

// The official's invoice queue's filters from the query string, for the page and its CSV alike (decision 0153):
// one URL is one filter state. Pure. A filter that cannot be read is dropped and named in `ignored`, so that the
// page says so instead of silently showing more rows than the reader asked for.

/** Which invoices by status: the pending ones (submitted or approved once, the default), one status, or all. */
export const QUEUE_STATUSES = ["pending", "submitted", "approved", "paid", "rejected", "withdrawn", "all"] as const;
export type TQueueStatus = (typeof QUEUE_STATUSES)[number];

/** Everything pending, what still needs this official's approval, or what they approved. */
export const QUEUE_VIEWS = ["all", "waiting", "approved"] as const;
export type TQueueView = (typeof QUEUE_VIEWS)[number];

export type TQueueFilters = {
  /** Invoice number, contractor or project name, in part. */
  q?: string;
  status: TQueueStatus;
  view: TQueueView;
  projectId?: number;
  /** A contractor's name (in part, either language) or BIN (in part, digits only). */
  contractor?: string;
  minTiyn?: bigint;
  maxTiyn?: bigint;
  /** Almaty calendar days (yyyy-mm-dd) of submission, both included. */
  from?: string;
  to?: string;
};

export type TQueueFilterField = "project" | "min" | "max" | "from" | "to";

const text = (v: string | undefined, max = 200) => {
  const s = v?.trim();
  return s ? s.slice(0, max) : undefined;
};

function day(v: string | undefined): string | undefined | null {
  if (!v) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31" ? v : null;
}

function amount(v: string | undefined): bigint | undefined | null {
  if (!v?.trim()) return undefined;
  const parsed = parseTenge(v);
  return parsed.ok ? parsed.tiyn : null;
}

/** The filters from search parameters, and the names of the ones that could not be read (and so do not apply). */
export function parseQueueFilters(raw: TRawSearch | URLSearchParams): { filters: TQueueFilters; ignored: TQueueFilterField[] } {
  const sp = firstParams(raw);
  const ignored: TQueueFilterField[] = [];
  const keep = <T,>(field: TQueueFilterField, value: T | undefined | null): T | undefined => {
    if (value === null) ignored.push(field);
    return value ?? undefined;
  };
  const projectId = sp.project ? keep("project", parseId(sp.project)) : undefined;
  const minTiyn = keep("min", amount(sp.min));
  let maxTiyn = keep("max", amount(sp.max));
  const from = keep("from", day(sp.from));
  let to = keep("to", day(sp.to));
  if (minTiyn !== undefined && maxTiyn !== undefined && maxTiyn < minTiyn) maxTiyn = keep<bigint>("max", null);
  if (from && to && to < from) to = keep<string>("to", null);
  return {
    filters: {
      q: text(sp.q),
      status: QUEUE_STATUSES.find((s) => s === sp.status) ?? "pending",
      view: QUEUE_VIEWS.find((v) => v === sp.show) ?? "all",
      projectId,
      contractor: text(sp.contractor),
      minTiyn,
      maxTiyn,
      from,
      to,
    },
    ignored,
  };
}

const tenge = (tiyn: bigint | undefined) => (tiyn === undefined ? undefined : tiynToDecimalString(tiyn));

/** The filters as query parameters (defaults left out) for links that keep them: pages, sorting, the CSV. */
export function queueFilterParams(f: TQueueFilters): Record<string, string | undefined> {
  return {
    q: f.q,
    status: f.status === "pending" ? undefined : f.status,
    show: f.view === "all" ? undefined : f.view,
    project: f.projectId === undefined ? undefined : String(f.projectId),
    contractor: f.contractor,
    min: tenge(f.minTiyn),
    max: tenge(f.maxTiyn),
    from: f.from,
    to: f.to,
  };
}
