import Link from "next/link";
import { translate, type TLocale } from "@/lib/i18n";

/**
 * Previous/next links that keep the current filters. `fragment` (an element id) brings the reader back to the
 * list when it is not the first thing on the page.
 */
export function Pagination({ locale, page, pages, total, params, basePath, fragment }: { locale: TLocale; page: number; pages: number; total: number; params: Record<string, string | undefined>; basePath: string; fragment?: string }) {
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => !!e[1]));
    return `${basePath}?${q}${fragment ? `#${fragment}` : ""}`;
  };
  return (
    <nav aria-label={translate(locale, "a11y.pagination")} className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <span>{translate(locale, "common.rowsTotal", { count: total })}</span>
      <div className="flex flex-wrap items-center gap-3">
        {page > 1 ? (
          <Link className="btn-secondary" href={href(page - 1)} rel="prev">
            {translate(locale, "common.previous")}
          </Link>
        ) : null}
        <span>{translate(locale, "common.pageOf", { page, pages })}</span>
        {page < pages ? (
          <Link className="btn-secondary" href={href(page + 1)} rel="next">
            {translate(locale, "common.next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
