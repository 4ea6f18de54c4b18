import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { Pagination } from "@/components/pagination";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { REGIONS, regionName } from "@/lib/kz/regions";
import { RegionOptions } from "@/components/region-options";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { listProjects, PROJECT_SORTS } from "@/lib/projects/list-projects";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("projects.title") };
}

type Search = { q?: string; region?: string; sort?: string; page?: string; created?: string };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const region = REGIONS.find((r) => r.code === sp.region)?.code;
  const sort = parseSort(sp.sort, PROJECT_SORTS, "-created");
  const page = ZPage.parse(sp.page);
  const projects = await listProjects({ actor, q: sp.q, region, page, sort });
  const created = sp.created ? projects.rows.find((p) => String(p.id) === sp.created) : undefined;
  const params = { q: sp.q, region, sort: sort.raw };
  const basePath = "/projects";
  const header = (label: string, column: string) => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath={basePath} sortLabel={t("common.sortBy", { column: label })} />
  );
  return (
    <>
      <PageHeader
        title={t("projects.title")}
        intro={t("projects.intro")}
        actions={
          <Link href="/projects/new" className="btn-primary">
            {t("projects.newProject")}
          </Link>
        }
      />
      {created ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("projects.created", { name: created.name, count: created._count.estimateItems })}
        </p>
      ) : null}
      <SearchBar className="mb-4" label={t("projects.searchLabel")} placeholder={t("projects.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="region" label={t("projects.regionFilter")} value={region ?? ""}>
          <option value="">{t("projects.allRegions")}</option>
          <RegionOptions locale={locale} />
        </FilterSelect>
      </SearchBar>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header(t("projects.columns.name"), "name")}
              {header(t("projects.columns.region"), "region")}
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("projects.columns.items")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("projects.columns.estimate")}
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("projects.columns.colours")}
              </th>
              {header(t("projects.columns.created"), "created")}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {projects.rows.length === 0 ? (
              <EmptyRow colSpan={6} message={t("projects.empty")} />
            ) : (
              projects.rows.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2">
                    <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.name}
                    </Link>
                    <div className="text-xs text-slate-500">{localizedName(locale, p.ministry.name, p.ministry.nameRu)}</div>
                  </td>
                  <td className="px-3 py-2">{regionName(p.region, locale)}</td>
                  <td className="num px-3 py-2">{p._count.estimateItems}</td>
                  <td className="num px-3 py-2">{formatTiyn(p.estimateTiyn)}</td>
                  <td className="num px-3 py-2">{p._count.colours}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(p.createdAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={projects.page} pages={projects.pages} total={projects.total} params={params} basePath={basePath} />
    </>
  );
}
