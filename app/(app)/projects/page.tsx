import { PageHeader } from "@/components/page-header";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { NameCell } from "@/components/table-cells";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { formatDate } from "@/lib/dates";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { RegionOptions } from "@/components/region-options";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { listProjects } from "@/lib/projects/list-projects";
import { csvHref, projectListFilters, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { pageRequest, READERS } from "../route-helpers";

export const generateMetadata = pageTitle("projects.title");

type Search = { q?: string; region?: string; sort?: string; page?: string; created?: string };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const { region, sort } = projectListFilters(sp);
  const page = ZPage.parse(sp.page);
  const projects = await listProjects({ actor, q: sp.q, region, page, sort });
  const created = sp.created ? projects.rows.find((p) => String(p.id) === sp.created) : undefined;
  const params = { q: sp.q, region, sort: sort.raw };
  const basePath = "/projects";
  const columns: TDataColumn<(typeof projects.rows)[number]>[] = [
    {
      key: "name",
      header: t("projects.columns.name"),
      sort: "name",
      className: "min-w-56",
      cell: (p) => (
        <NameCell href={`/projects/${p.id}`} note={<LocalName value={nameIn(locale, p.ministry)} t={t} />}>
          <LocalName value={nameIn(locale, p)} t={t} />
        </NameCell>
      ),
    },
    { key: "region", header: t("projects.columns.region"), sort: "region", cell: (p) => regionName(p.region, locale) },
    { key: "items", header: t("projects.columns.items"), numeric: true, cell: (p) => p._count.estimateItems },
    { key: "estimate", header: t("projects.columns.estimate"), numeric: true, cell: (p) => formatTiyn(p.estimateTiyn) },
    { key: "colours", header: t("projects.columns.colours"), numeric: true, cell: (p) => p._count.colours },
    { key: "created", header: t("projects.columns.created"), sort: "created", date: true, cell: (p) => formatDate(p.createdAt) },
  ];
  return (
    <>
      <PageHeader
        title={t("projects.title")}
        intro={t("projects.intro")}
        action={actor.role === "official" ? { href: "/projects/new", label: t("projects.newProject") } : undefined}
        download={listDownload(csvHref("/projects/csv", { q: sp.q, region, sort: sort.raw }), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))}
      />
      {projects.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: projects.total })}</p> : null}
      {created ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("projects.created", { name: localizedName(locale, created), count: created._count.estimateItems })}
        </p>
      ) : null}
      <SearchBar className="mb-4" label={t("projects.searchLabel")} placeholder={t("projects.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="region" label={t("projects.regionFilter")} value={region ?? ""} all={t("projects.allRegions")}>
          <RegionOptions locale={locale} />
        </FilterSelect>
      </SearchBar>
      <DataTable locale={locale} {...listing(projects, sort.raw, params, basePath)} rowKey={(p) => p.id} empty={t("projects.empty")} columns={columns} />
    </>
  );
}
