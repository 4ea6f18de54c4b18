import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { RegionOptions } from "@/components/region-options";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { COMPANY_SORTS, listCompanies } from "@/lib/contractors/list-companies";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { REGIONS, regionName } from "@/lib/kz/regions";
import { parseSort, ZPage } from "@/lib/pagination";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("contractors.title") };
}

type Search = { q?: string; status?: string; region?: string; sort?: string; page?: string };

export default async function ContractorsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const status = sp.status === "debarred" || sp.status === "clear" ? sp.status : undefined;
  const region = REGIONS.find((r) => r.code === sp.region)?.code;
  const sort = parseSort(sp.sort, COMPANY_SORTS, "name");
  const page = ZPage.parse(sp.page);
  const companies = await listCompanies({ actor, q: sp.q, debarred: status ? status === "debarred" : undefined, region, page, sort });
  const params = { q: sp.q, status, region, sort: sort.raw };
  const basePath = "/contractors";
  const header = (label: string, column: string, align?: "right") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath={basePath} sortLabel={t("common.sortBy", { column: label })} align={align} />
  );
  return (
    <>
      <PageHeader
        title={t("contractors.title")}
        intro={t("contractors.intro")}
        actions={
          <Link href="/contractors/new" className="btn-primary">
            {t("contractors.register")}
          </Link>
        }
      />
      <SearchBar className="mb-4" label={t("contractors.searchLabel")} placeholder={t("contractors.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="status" label={t("contractors.statusFilter")} value={status ?? ""}>
          <option value="">{t("contractors.allStatuses")}</option>
          <option value="debarred">{t("contractors.debarredOnly")}</option>
          <option value="clear">{t("contractors.notDebarred")}</option>
        </FilterSelect>
        <FilterSelect name="region" label={t("contractors.regionFilter")} value={region ?? ""}>
          <option value="">{t("contractors.allRegions")}</option>
          <RegionOptions locale={locale} />
        </FilterSelect>
      </SearchBar>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header(t("contractors.columns.name"), "name")}
              {header(t("contractors.columns.bin"), "bin")}
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("contractors.columns.region")}
              </th>
              {header(t("contractors.columns.registered"), "registered")}
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("contractors.columns.people")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("contractors.columns.status")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {companies.rows.length === 0 ? (
              <EmptyRow colSpan={6} message={t("contractors.empty")} />
            ) : (
              companies.rows.map((c) => (
                <tr key={c.id} className={c.isDebarred ? "bg-red-50/50" : ""}>
                  <td className="px-3 py-2">
                    <Link href={`/contractors/${c.id}`} className="font-medium text-brand-700 hover:underline">
                      {localizedName(locale, c.name, c.nameRu)}
                    </Link>
                    {locale === "en" && c.nameRu ? <div className="text-xs text-slate-500">{c.nameRu}</div> : null}
                  </td>
                  <td className="px-3 py-2 font-mono text-xs tabular-nums">{c.bin}</td>
                  <td className="px-3 py-2">{regionName(c.region, locale)}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(c.registeredOn)}</td>
                  <td className="num px-3 py-2">{c.people}</td>
                  <td className="px-3 py-2">
                    {c.isDebarred ? (
                      <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800">{t("contractors.debarredSince", { date: formatDate(c.debarredOn) })}</span>
                    ) : (
                      <span className="text-xs text-slate-500">{t("contractors.inGoodStanding")}</span>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={companies.page} pages={companies.pages} total={companies.total} params={params} basePath={basePath} />
    </>
  );
}
