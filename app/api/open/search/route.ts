import { almatyDay } from "@/lib/dates";
import { firstParams } from "@/lib/http/search-params";
import { getLocale } from "@/lib/i18n/server";
import { EXPORT_FORMATS, searchExport, type TExportFormat } from "@/lib/public/search-export";
import { parsePublicSearch } from "@/lib/public/search";

/**
 * The public search's rows as CSV or JSON, for anyone (issue 16): the same parameters as /open/search, exactly the
 * rows that page shows. Read-only; persons are never among the rows (decision 0137).
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const raw = firstParams(url.searchParams);
  const format = raw.format ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return Response.json({ error: "bad_format", message: `format must be one of: ${EXPORT_FORMATS.join(", ")}.` }, { status: 400 });
  }
  const search = parsePublicSearch(raw);
  const file = await searchExport({ search, format: format as TExportFormat, locale: await getLocale(), origin: url.origin });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="aiqyn-search-${almatyDay(new Date())}-p${search.page}.${file.extension}"`,
      "cache-control": "no-store",
    },
  });
}
