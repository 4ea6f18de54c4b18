import { z } from "zod";

// The audit viewer's filters from the query string (page and CSV download alike). Pure. Anything malformed is
// no filter rather than an error: a repeated parameter takes its first value, text is trimmed and bounded, a
// day must be a real yyyy-mm-dd between 2000 and 2100.

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (max: number) =>
  // A NUL byte cannot be stored or searched in PostgreSQL text (it was a 500): such a filter is no filter.
  z.preprocess(first, z.string().trim().max(max).refine((v) => !v.includes("\0")).optional().catch(undefined)).transform((v) => (v ? v : undefined));
const day = z
  .preprocess(first, z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined))
  .transform((v) => {
    if (!v) return undefined;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "2000-01-01" && v <= "2100-12-31" ? v : undefined;
  });

export const ZAuditFilters = z.object({
  /** Part of the acting user's e-mail or name. */
  user: text(200),
  /** An action exactly, e.g. "sign_in" or "company.history.export". */
  action: text(64),
  /** The object exactly, as recorded (an e-mail, a BIN, "invoice:12", "case:3"). */
  subject: text(200),
  /** Almaty calendar days, both included. */
  from: day,
  to: day,
});

export type TAuditFilters = Partial<z.output<typeof ZAuditFilters>>;

/** The filters from URL search parameters (repeated keys become arrays, of which the first counts). */
export function parseAuditFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): TAuditFilters {
  const record: Record<string, unknown> = {};
  if (params instanceof URLSearchParams) for (const key of new Set(params.keys())) record[key] = params.getAll(key);
  else Object.assign(record, params);
  return ZAuditFilters.parse(record);
}

/** The filters as query parameters for links (pages, CSV) that keep them. */
export const auditFilterParams = (f: TAuditFilters): Record<string, string | undefined> => ({ user: f.user, action: f.action, subject: f.subject, from: f.from, to: f.to });
