import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { ProfileName } from "@/components/open/open-tables";
import { PageHeader } from "@/components/page-header";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { searchRowsView } from "@/lib/public/open-view";
import { parsePublicSearch, SEARCH_KINDS, searchPublic } from "@/lib/public/search";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("open.search.title") };
}

export default async function OpenSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, locale } = await getT();
  const search = parsePublicSearch(firstParams(await searchParams));
  const result = await searchPublic(search);
  const rows = searchRowsView(result.rows, locale);
  // One filter state per URL: the table, its pages and the downloads all read these parameters.
  const params = { q: search.q || undefined, kind: search.kind === "all" ? undefined : search.kind };
  const download = (format: string) => `/api/open/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), page: String(result.page), format } as Record<string, string>)}`;
  const c = (k: string) => t(`open.search.columns.${k}` as never);
  return (
    <>
      <PageHeader title={t("open.search.title")} intro={t("open.search.intro")} />
      <SearchBar className="mb-4" label={t("open.search.label")} placeholder={t("open.search.placeholder")} query={search.q} submitLabel={t("common.search")}>
        <FilterSelect name="kind" label={t("open.search.kind")} value={search.kind}>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`open.search.kinds.${k}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <p role="status">{t("open.search.found", { count: result.total })}</p>
        <a href={download("csv")} className="text-brand-700 hover:underline" download>
          {t("open.search.downloadCsv")}
        </a>
        <a href={download("json")} className="text-brand-700 hover:underline" download>
          {t("open.search.downloadJson")}
        </a>
      </div>
      <DataTable
        locale={locale}
        label={t("open.search.title")}
        rows={rows}
        rowKey={(r) => r.key}
        rowTestId="search-row"
        empty={t("open.search.empty")}
        pagination={{ page: result.page, pages: result.pages, total: result.total, params, basePath: "/open/search" }}
        columns={[
          { key: "kind", header: c("kind"), nowrap: true, cell: (r) => r.kindLabel },
          { key: "name", header: c("name"), className: "min-w-56", cell: (r) => <ProfileName name={r.name} href={r.href} /> },
          { key: "detail", header: c("detail"), cell: (r) => r.detail },
          { key: "amount", header: c("amount"), numeric: true, cell: (r) => r.amount },
        ]}
      />
      <p className="mt-2 text-xs text-slate-600">{t("open.search.amountNote")}</p>
    </>
  );
}
