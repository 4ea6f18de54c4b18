import "server-only";
import { readDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { toPage, ZPage } from "../pagination";
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
  /** Project: region code; company: BIN; budget line: "code / specifics · year". */
  detail: string;
  /** Project: allocated; company: received; budget line: appropriated. */
  amountTiyn: bigint;
};

type TRow = { kind: TSearchRow["kind"]; key: string; name: string; name_ru: string | null; detail: string; amount: bigint };

/**
 * Projects by name, legal entities by name or BIN, budget lines by code or name: one ranked, paginated list.
 * Persons (sole traders) are never found, not even by their number (decision 0137). An empty query lists all.
 */
export async function searchPublic({ q, kind, page }: TPublicSearch) {
  const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const digits = q.replace(/\s+/g, "");
  const code = `%${digits.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const wants = (k: TSearchKind) => kind === "all" || kind === k;
  const parts: Prisma.Sql[] = [];
  if (wants("project")) {
    parts.push(Prisma.sql`
      SELECT 'project' AS kind, p.id::text AS key, p.name, NULL::text AS name_ru, p.region AS detail,
        coalesce((SELECT sum(c.minted_tiyn) FROM colour c WHERE c.project_id = p.id), 0)::bigint AS amount, 1 AS rank
      FROM project p WHERE ${q} = '' OR p.name ILIKE ${like}`);
  }
  if (wants("company")) {
    parts.push(Prisma.sql`
      SELECT 'company' AS kind, o.bin AS key, o.name, o.name_ru, o.bin AS detail,
        coalesce((SELECT sum(CASE WHEN t.kind = 'reversal' THEN -t.amount_tiyn ELSE t.amount_tiyn END)
          FROM account a JOIN transfer t ON (t.kind <> 'reversal' AND t.to_account_id = a.id) OR (t.kind = 'reversal' AND t.from_account_id = a.id)
          WHERE a.holder_kind = 'company' AND a.organization_id = o.id), 0)::bigint AS amount, 2 AS rank
      FROM organization o
      WHERE ${legalEntitySql("o")} AND (${q} = '' OR o.name ILIKE ${like} OR o.name_ru ILIKE ${like} OR (${digits} ~ '^[0-9]{3,12}$' AND o.bin LIKE ${code}))`);
  }
  if (wants("budget_line")) {
    parts.push(Prisma.sql`
      SELECT 'budget_line' AS kind, b.id::text AS key, b.name, NULL::text AS name_ru, b.code || ' / ' || b.specifics || ' · ' || b.fiscal_year AS detail,
        b.appropriated_tiyn AS amount, 3 AS rank
      FROM budget_line b WHERE ${q} = '' OR b.name ILIKE ${like} OR replace(b.code, ' ', '') LIKE ${code}`);
  }
  const union = Prisma.join(parts, " UNION ALL ");
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const db = await readDb();
  const [rows, count] = await Promise.all([
    db.$queryRaw<TRow[]>`SELECT kind, key, name, name_ru, detail, amount FROM (${union}) s ORDER BY rank, amount DESC, name, key LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM (${union}) s`,
  ]);
  const result: TSearchRow[] = rows.map((r) => ({ kind: r.kind, key: r.key, name: r.name, nameRu: r.name_ru, detail: r.detail, amountTiyn: r.amount }));
  return toPage(result, Number(count[0]?.n ?? 0n), page, SEARCH_PAGE_SIZE);
}
