import "server-only";
import { readDb } from "../db";
import { toPage, ZPage } from "../pagination";
import { cachedAggregate } from "./aggregate-cache";
import { legalEntitySql } from "./privacy";

export const SEARCH_KINDS = ["all", "project", "company", "budget_line"] as const;
export type TSearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_PAGE_SIZE = 25;

/**
 * The public search's filter state, read from a URL (the page and the download read the same one). Anything
 * malformed falls back to its default: a search never fails for its parameters (issue 16, "bad input").
 */
export function parsePublicSearch(raw: Record<string, unknown>) {
  return {
    q: typeof raw.q === "string" ? raw.q.trim().slice(0, 100) : "",
    kind: (SEARCH_KINDS as readonly unknown[]).includes(raw.kind) ? (raw.kind as TSearchKind) : ("all" as TSearchKind),
    page: ZPage.parse(raw.page),
  };
}
export type TPublicSearch = ReturnType<typeof parsePublicSearch>;

export type TSearchRow = {
  kind: Exclude<TSearchKind, "all">;
  /** Project id, company BIN or budget line id. */
  key: string;
  name: string;
  nameRu: string | null;
  /** The Kazakh and English forms (decision 0230): the reader's language is shown, any form is searched. */
  nameKk: string | null;
  nameEn: string | null;
  /** Project: region code; company: BIN; budget line: "code / specifics · year". */
  detail: string;
  /** Project: allocated; company: received; budget line: appropriated. */
  amountTiyn: bigint;
};

type TRow = { kind: TSearchRow["kind"]; key: string; name: string; name_ru: string | null; name_kk: string | null; name_en: string | null; detail: string; amount: bigint; code: string | null };
/** `lower`: the name and its forms in lower case, to match a query against any of them. */
type TIndexRow = TSearchRow & { lower: string[]; code: string | null };

/**
 * Every searchable subject with its amount, in the list's order (kind, amount, name): projects with what they were
 * allocated, legal entities with what they received (one pass over the transfers, not one sum per company), budget
 * lines with their appropriation. Persons (sole traders) are never in it. Kept like the home's sums and refreshed
 * after postings (decisions 0171, 0222): a search filters this list in memory instead of summing every company's
 * transfers and counting the union again for every request.
 */
async function searchIndex(): Promise<TIndexRow[]> {
  const rows = await (await readDb()).$queryRaw<TRow[]>`
    WITH received AS (
      SELECT a.organization_id, sum(CASE WHEN t.kind = 'reversal' THEN -t.amount_tiyn ELSE t.amount_tiyn END)::bigint AS amount
      FROM transfer t JOIN account a ON a.id = CASE WHEN t.kind = 'reversal' THEN t.from_account_id ELSE t.to_account_id END
      WHERE a.holder_kind = 'company'
      GROUP BY a.organization_id
    ), minted AS (SELECT project_id, sum(minted_tiyn)::bigint AS amount FROM colour GROUP BY project_id)
    SELECT kind, key, name, name_ru, name_kk, name_en, detail, amount, code FROM (
      SELECT 'project' AS kind, p.id::text AS key, p.name, p.name_ru, p.name_kk, p.name_en, p.region AS detail, coalesce(m.amount, 0)::bigint AS amount, NULL::text AS code, 1 AS rank
      FROM project p LEFT JOIN minted m ON m.project_id = p.id
      UNION ALL
      SELECT 'company', o.bin, o.name, o.name_ru, o.name_kk, o.name_en, o.bin, coalesce(r.amount, 0)::bigint, o.bin, 2
      FROM organization o LEFT JOIN received r ON r.organization_id = o.id
      WHERE ${legalEntitySql("o")}
      UNION ALL
      SELECT 'budget_line', b.id::text, b.name, b.name_ru, b.name_kk, b.name_en, b.code || ' / ' || b.specifics || ' · ' || b.fiscal_year, b.appropriated_tiyn, replace(b.code, ' ', ''), 3
      FROM budget_line b
    ) s ORDER BY rank, amount DESC, name, key`;
  return rows.map((r) => ({
    kind: r.kind,
    key: r.key,
    name: r.name,
    nameRu: r.name_ru,
    nameKk: r.name_kk,
    nameEn: r.name_en,
    detail: r.detail,
    amountTiyn: r.amount,
    lower: [...new Set([r.name, r.name_ru, r.name_kk, r.name_en].flatMap((n) => (n ? [n.toLowerCase()] : [])))],
    code: r.code,
  }));
}

/**
 * Projects by name, legal entities by name or BIN, budget lines by code or name: one ranked, paginated list.
 * Persons (sole traders) are never found, not even by their number (decision 0137). An empty query lists all.
 * Matching is what the SQL did before (a case-insensitive substring of the name; a BIN of 3–12 digits or a budget
 * code as typed, spaces ignored), over the kept index (decision 0222).
 */
export async function searchPublic({ q, kind, page }: TPublicSearch) {
  const index = (await cachedAggregate("search:index", searchIndex)).value;
  const needle = q.toLowerCase();
  const digits = q.replace(/\s+/g, "");
  const binDigits = /^[0-9]{3,12}$/.test(digits);
  const matches = (r: TIndexRow) => {
    if (kind !== "all" && kind !== r.kind) return false;
    if (q === "" || r.lower.some((n) => n.includes(needle))) return true;
    if (r.kind === "company") return binDigits && r.code!.includes(digits);
    return r.kind === "budget_line" && r.code!.includes(digits);
  };
  const found = index.filter(matches);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const rows: TSearchRow[] = found.slice(offset, offset + SEARCH_PAGE_SIZE).map(({ kind, key, name, nameRu, nameKk, nameEn, detail, amountTiyn }) => ({ kind, key, name, nameRu, nameKk, nameEn, detail, amountTiyn }));
  return toPage(rows, found.length, page, SEARCH_PAGE_SIZE);
}
