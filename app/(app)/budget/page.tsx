import { GroupedBarChart } from "@/components/charts/grouped-bar-chart";
import { DataTable, listing } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { displayBudgetCode } from "@/lib/budget/budget-code";
import { listBudgetLines, ministriesFor, NO_REGION, type TBudgetTotals } from "@/lib/budget/list-budget-lines";
import { budgetListFilters, csvHref, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { RegionOptions } from "@/components/region-options";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { CreateBudgetLineForm } from "./create-budget-line-form";
import { pageRequest } from "../route-helpers";

export const generateMetadata = pageTitle("budget.title");

type Search = { q?: string; year?: string; ministry?: string; region?: string; sort?: string; page?: string };

const chartRow = (t: TBudgetTotals) => ({ appropriated: Number(t.appropriated / 100n), allocated: Number(t.allocated / 100n), paid: Number(t.paid / 100n) });

export default async function BudgetPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const ministries = await ministriesFor(actor);
  // Filters outside what the official may choose are dropped, not trusted.
  const { q, year, ministryId, region, sort } = budgetListFilters(sp, ministries);
  const page = ZPage.parse(sp.page);
  const { page: lines, byMinistry, byRegion } = await listBudgetLines({ actor, q, year, ministryId, region, page, sort });
  const params = { q: sp.q, year: year ? String(year) : undefined, ministry: ministryId ? String(ministryId) : undefined, region, sort: sort.raw };
  const basePath = "/budget";
  const thisYear = new Date().getFullYear();
  const units = { trillion: t("common.trillionShort"), billion: t("common.billionShort"), million: t("common.millionShort") };
  const series = [
    { key: "appropriated", label: t("budget.chartAppropriated"), color: "#94a3b8" },
    { key: "allocated", label: t("budget.chartAllocated"), color: "#0f766e" },
    { key: "paid", label: t("budget.chartPaid"), color: "#f59e0b" },
  ];
  const charts = [
    { id: "ministry", title: t("budget.chartTitle"), data: byMinistry.map((m) => ({ category: localizedName(locale, { name: m.ministry, nameRu: m.ministry_ru, nameKk: m.ministry_kk, nameEn: m.ministry_en }), ...chartRow(m) })) },
    { id: "region", title: t("budget.chartByRegion"), data: byRegion.map((r) => ({ category: r.region ? regionName(r.region, locale) : t("budget.republican"), ...chartRow(r) })) },
  ].filter((c) => c.data.length > 0);

  return (
    <>
      <PageHeader title={t("budget.title")} intro={t("budget.intro")} download={listDownload(csvHref("/budget/csv", params), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))} />
      {lines.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: lines.total })}</p> : null}
      <div className="grid gap-8 2xl:grid-cols-[1fr_22rem]">
        <section aria-labelledby="budget-list" className="min-w-0 space-y-4">
          <h2 id="budget-list" className="sr-only">
            {t("budget.title")}
          </h2>
          <SearchBar label={t("budget.searchLabel")} placeholder={t("budget.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
            {ministries.length > 1 ? (
              <FilterSelect name="ministry" label={t("budget.ministryFilter")} value={ministryId ? String(ministryId) : ""} all={t("budget.allMinistries")} options={ministries.map((m) => ({ value: m.id, label: localizedName(locale, m) }))} />
            ) : null}
            <FilterSelect name="region" label={t("budget.regionFilter")} value={region ?? ""}>
              <option value="">{t("budget.allRegions")}</option>
              <option value={NO_REGION}>{t("budget.republican")}</option>
              <RegionOptions locale={locale} />
            </FilterSelect>
            <FilterSelect name="year" label={t("budget.yearFilter")} value={year ? String(year) : ""}>
              <option value="">{t("budget.allYears")}</option>
              {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </FilterSelect>
          </SearchBar>
          {charts.length > 0 ? (
            <div className="grid gap-4 xl:grid-cols-2">
              {charts.map((c) => (
                <figure key={c.id} className="card min-w-0 p-4" aria-labelledby={`chart-${c.id}`}>
                  <figcaption id={`chart-${c.id}`} className="mb-2 text-sm font-semibold text-slate-700">
                    {c.title}
                  </figcaption>
                  <GroupedBarChart units={units} data={c.data} categoryKey="category" height={Math.max(160, 56 * c.data.length + 60)} series={series} />
                </figure>
              ))}
            </div>
          ) : null}
          <DataTable
            locale={locale}
            {...listing(lines, sort.raw, params, basePath)}
            rowKey={(l) => l.id}
            empty={t("budget.empty")}
            columns={[
              { key: "code", header: t("budget.columns.code"), sort: "code", nowrap: true, className: "font-mono text-xs", cell: (l) => displayBudgetCode(l.code, l.specifics) },
              {
                key: "name",
                header: t("budget.columns.name"),
                sort: "name",
                className: "min-w-56",
                cell: (l) => (
                  <>
                    <div className="font-medium">
                      <LocalName value={nameIn(locale, l)} t={t} />
                    </div>
                    <div className="text-xs text-slate-500">
                      <LocalName value={nameIn(locale, l.ministry)} t={t} />
                      {l.region ? ` · ${regionName(l.region, locale)}` : ""}
                    </div>
                  </>
                ),
              },
              { key: "year", header: t("budget.columns.year"), sort: "year", className: "tabular-nums", cell: (l) => l.fiscalYear },
              { key: "appropriated", header: t("budget.columns.appropriated"), sort: "appropriated", numeric: true, cell: (l) => formatTiyn(l.appropriatedTiyn) },
              { key: "allocated", header: t("budget.columns.allocated"), sort: "allocated", numeric: true, cell: (l) => formatTiyn(l.allocatedTiyn) },
              { key: "paid", header: t("budget.columns.paid"), sort: "paid", numeric: true, cell: (l) => formatTiyn(l.paidTiyn) },
              { key: "returned", header: t("budget.columns.returned"), sort: "returned", numeric: true, cell: (l) => formatTiyn(l.returnedTiyn) },
            ]}
          />
        </section>
        <section aria-labelledby="create-budget-line" className="card h-fit max-w-xl p-5">
          <h2 id="create-budget-line" className="mb-4 text-lg font-semibold">
            {t("budget.createTitle")}
          </h2>
          <CreateBudgetLineForm ministries={ministries.map((m) => ({ id: m.id, name: localizedName(locale, m) }))} defaultYear={thisYear} />
        </section>
      </div>
    </>
  );
}
