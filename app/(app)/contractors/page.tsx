import { PageHeader } from "@/components/page-header";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { NameCell } from "@/components/table-cells";
import { RegionOptions } from "@/components/region-options";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { listCompanies } from "@/lib/contractors/list-companies";
import { formatDate } from "@/lib/dates";
import { nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { ZPage } from "@/lib/pagination";
import { companyListFilters, csvHref, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { pageRequest, READERS } from "../route-helpers";

export const generateMetadata = pageTitle("contractors.title");

type Search = { q?: string; status?: string; region?: string; sort?: string; page?: string };

export default async function ContractorsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const { status, region, sort } = companyListFilters(sp);
  const page = ZPage.parse(sp.page);
  const companies = await listCompanies({ actor, q: sp.q, debarred: status ? status === "debarred" : undefined, region, page, sort });
  const params = { q: sp.q, status, region, sort: sort.raw };
  const basePath = "/contractors";
  const columns: TDataColumn<(typeof companies.rows)[number]>[] = [
    {
      key: "name",
      header: t("contractors.columns.name"),
      sort: "name",
      className: "min-w-48",
      cell: (c) => (
        <NameCell href={`/contractors/${c.id}`} note={locale === "en" ? c.nameRu : null}>
          <LocalName value={nameIn(locale, c)} t={t} />
        </NameCell>
      ),
    },
    { key: "bin", header: t("contractors.columns.bin"), sort: "bin", nowrap: true, className: "font-mono text-xs tabular-nums", cell: (c) => c.bin },
    { key: "region", header: t("contractors.columns.region"), cell: (c) => regionName(c.region, locale) },
    { key: "registered", header: t("contractors.columns.registered"), sort: "registered", date: true, cell: (c) => formatDate(c.registeredOn) },
    { key: "people", header: t("contractors.columns.people"), numeric: true, cell: (c) => c.people },
    {
      key: "status",
      header: t("contractors.columns.status"),
      cell: (c) =>
        c.isDebarred ? (
          <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">{t("contractors.debarredSince", { date: formatDate(c.debarredOn) })}</span>
        ) : (
          <span className="text-xs text-slate-500">{t("contractors.inGoodStanding")}</span>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t("contractors.title")}
        intro={t("contractors.intro")}
        action={actor.role === "official" ? { href: "/contractors/new", label: t("contractors.register") } : undefined}
        download={listDownload(csvHref("/contractors/csv", { q: sp.q, status, region, sort: sort.raw }), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))}
      />
      {companies.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: companies.total })}</p> : null}
      <SearchBar className="mb-4" label={t("contractors.searchLabel")} placeholder={t("contractors.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="status" label={t("contractors.statusFilter")} value={status ?? ""} all={t("contractors.allStatuses")} options={[{ value: "debarred", label: t("contractors.debarredOnly") }, { value: "clear", label: t("contractors.notDebarred") }]} />
        <FilterSelect name="region" label={t("contractors.regionFilter")} value={region ?? ""} all={t("contractors.allRegions")}>
          <RegionOptions locale={locale} />
        </FilterSelect>
      </SearchBar>
      <DataTable
        locale={locale}
        {...listing(companies, sort.raw, params, basePath)}
        rowKey={(c) => c.id}
        empty={t("contractors.empty")}
        // Opaque, unlike the old bg-red-50/50: the first column stays in view over the others when the list scrolls sideways.
        rowClassName={(c) => (c.isDebarred ? "bg-red-50" : undefined)}
        columns={columns}
      />
    </>
  );
}
