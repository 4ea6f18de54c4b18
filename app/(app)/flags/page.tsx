import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { RegionOptions } from "@/components/region-options";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { FLAG_KINDS, SEVERITIES } from "@/lib/flags/kinds";
import { FLAG_SORTS, flagScope, listFlags, type TFlagStatusFilter } from "@/lib/flags/list-flags";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { parseSort, ZPage } from "@/lib/pagination";
import { FlagTabs, SeverityBadge } from "./flag-tabs";
import { firstParams } from "@/lib/http/search-params";
import { parseId } from "@/lib/http/parse-id";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("flags.title") };
}

type TSearch = { q?: string; kind?: string; severity?: string; region?: string; status?: string; sort?: string; page?: string; company?: string; project?: string };
const ZId = z.unknown().optional().transform((v) => parseId(v) ?? undefined);
const ZStatus = z.enum(["open", "dismissed", "cleared", "all"]).catch("open");

export default async function FlagsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const page = ZPage.parse(sp.page);
  const sort = parseSort(sp.sort, FLAG_SORTS, "-score");
  const status = ZStatus.parse(sp.status) as TFlagStatusFilter;
  const companyId = ZId.parse(sp.company);
  const projectId = ZId.parse(sp.project);
  const flags = await listFlags({ actor, filter: { q: sp.q, kind: sp.kind, severity: sp.severity, region: sp.region, status, companyId, projectId }, sort, page });
  // Reached from a company's or project's risk row: say whose flags these are.
  const scope = await flagScope({ actor, companyId, projectId });
  const scopeName = scope ? localizedName(locale, scope.name, scope.nameRu) : null;
  const params = { q: sp.q, kind: sp.kind, severity: sp.severity, region: sp.region, status: sp.status, company: sp.company, project: sp.project };
  return (
    <>
      <PageHeader title={t("flags.title")} intro={t("flags.intro")} />
      <FlagTabs t={t} />
      {scopeName ? (
        <p className="mb-4 text-sm text-slate-700">
          {t("flags.filteredBy", { name: scopeName })}{" "}
          <Link href="/flags" className="text-brand-700 hover:underline">
            {t("flags.showAll")}
          </Link>
        </p>
      ) : null}
      <SearchBar className="mb-4" label={t("flags.searchLabel")} placeholder={t("flags.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sp.sort, company: sp.company, project: sp.project }}>
        <FilterSelect name="kind" label={t("flags.filters.kind")} value={sp.kind ?? ""}>
          <option value="">{t("flags.filters.any")}</option>
          {FLAG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`flags.kinds.${k}.name`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="severity" label={t("flags.filters.severity")} value={sp.severity ?? ""}>
          <option value="">{t("flags.filters.any")}</option>
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {t(`flags.severity.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="region" label={t("flags.filters.region")} value={sp.region ?? ""}>
          <option value="">{t("flags.filters.any")}</option>
          <RegionOptions locale={locale} />
        </FilterSelect>
        <FilterSelect name="status" label={t("flags.filters.status")} value={status}>
          {(["open", "dismissed", "cleared", "all"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`flags.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("flags.columns.id")}
              </th>
              <SortHeader label={t("flags.columns.kind")} column="kind" sort={sort.raw} params={params} basePath="/flags" sortLabel={t("common.sortBy", { column: t("flags.columns.kind") })} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("flags.columns.subject")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("flags.columns.project")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("flags.columns.region")}
              </th>
              <SortHeader label={t("flags.columns.severity")} column="severity" sort={sort.raw} params={params} basePath="/flags" sortLabel={t("common.sortBy", { column: t("flags.columns.severity") })} />
              <SortHeader label={t("flags.columns.score")} column="score" sort={sort.raw} params={params} basePath="/flags" align="right" sortLabel={t("common.sortBy", { column: t("flags.columns.score") })} />
              <SortHeader label={t("flags.columns.detected")} column="detected" sort={sort.raw} params={params} basePath="/flags" sortLabel={t("common.sortBy", { column: t("flags.columns.detected") })} />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {flags.rows.length === 0 ? (
              <EmptyRow colSpan={8} message={t("flags.empty")} />
            ) : (
              flags.rows.map((f) => (
                <tr key={f.id}>
                  <td className="px-3 py-2 tabular-nums text-slate-500">{f.id}</td>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/flags/${f.id}`} className="text-brand-700 hover:underline">
                      {t(`flags.kinds.${f.kind}.name`)}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {f.company ? (
                      <>
                        {localizedName(locale, f.company.name, f.company.nameRu)}
                        <div className="font-mono text-xs text-slate-500">{f.company.bin}</div>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-2">{f.project.name}</td>
                  <td className="px-3 py-2">{regionName(f.region, locale)}</td>
                  <td className="px-3 py-2">
                    <SeverityBadge severity={f.severity} label={t(`flags.severity.${f.severity}`)} />
                  </td>
                  <td className="num px-3 py-2">{f.score}</td>
                  <td className="px-3 py-2 tabular-nums whitespace-nowrap">{formatDateTime(f.lastDetectedAt)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={flags.page} pages={flags.pages} total={flags.total} params={{ ...params, sort: sp.sort }} basePath="/flags" />
    </>
  );
}
