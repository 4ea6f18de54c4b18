import "server-only";
import { csvDecimal, toCsv } from "../csv";
import { translator, type TLocale } from "../i18n";
import { tiynToDecimalString } from "../money";
import { searchRowsView } from "./open-view";
import { searchPublic, type TPublicSearch } from "./search";

export const EXPORT_FORMATS = ["csv", "json"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The rows the search page shows for the same filter state, as CSV or JSON: the same query, the same page, the
 * same order (issue 16). Amounts are exact decimals of tenge built from integer tiyn.
 */
export async function searchExport({ search, format, locale, origin }: { search: TPublicSearch; format: TExportFormat; locale: TLocale; origin: string }) {
  const t = translator(locale);
  const result = await searchPublic(search);
  const rows = searchRowsView(result.rows, locale);
  if (format === "json") {
    const body = {
      query: search,
      page: result.page,
      pages: result.pages,
      total: result.total,
      rows: rows.map((r) => ({ kind: r.kind, name: r.name, detail: r.detail, amountKzt: tiynToDecimalString(r.amountTiyn), url: r.href ? `${origin}${r.href}` : null })),
    };
    return { body: JSON.stringify(body, null, 2), contentType: "application/json; charset=utf-8", extension: "json" };
  }
  const c = (k: string) => t(`open.search.columns.${k}` as never);
  const csv = toCsv([[c("kind"), c("name"), c("detail"), c("amount"), "URL"], ...rows.map((r) => [r.kindLabel, r.name, r.detail, csvDecimal(tiynToDecimalString(r.amountTiyn)), r.href ? `${origin}${r.href}` : ""])]);
  return { body: csv, contentType: "text/csv; charset=utf-8", extension: "csv" };
}
