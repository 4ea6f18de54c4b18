import Link from "next/link";
import { NameCell } from "@/components/table-cells";
import { TextLink } from "@/components/text-link";
import { PageHeader } from "@/components/page-header";
import { DataTable, type TDataColumn } from "@/components/data-table";
import { RegionOptions } from "@/components/region-options";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { formatDateTime } from "@/lib/dates";
import { FLAG_KINDS, SEVERITIES } from "@/lib/flags/kinds";
import { flagScope, listFlags } from "@/lib/flags/list-flags";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { ZPage } from "@/lib/pagination";
import { csvHref, flagListFilters, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { FlagTabs, SeverityBadge } from "./flag-tabs";
import { pageRequest } from "../route-helpers";

export const generateMetadata = pageTitle("flags.title");

type TSearch = { q?: string; kind?: string; severity?: string; region?: string; status?: string; sort?: string; page?: string; company?: string; project?: string };

export default async function FlagsPage({ searchParams }: { searchParams: Promise<TSearch> }) {
  const { actor, t, locale, sp } = await pageRequest("investigator", searchParams);
  const page = ZPage.parse(sp.page);
  const { filter, sort } = flagListFilters(sp);
  const { status, companyId, projectId } = filter;
  const flags = await listFlags({ actor, filter, sort, page });
  // Reached from a company's or project's risk row: say whose flags these are.
  const scope = await flagScope({ actor, companyId, projectId });
  const scopeName = scope ? localizedName(locale, scope) : null;
  const params = { q: sp.q, kind: sp.kind, severity: sp.severity, region: sp.region, status: sp.status, company: sp.company, project: sp.project };
  const columns: TDataColumn<(typeof flags.rows)[number]>[] = [
    { key: "id", header: t("flags.columns.id"), className: "tabular-nums text-slate-500", cell: (f) => f.id },
    {
      key: "kind",
      header: t("flags.columns.kind"),
      sort: "kind",
      className: "font-medium min-w-40",
      cell: (f) => <TextLink href={`/flags/${f.id}`}>{t(`flags.kinds.${f.kind}.name`)}</TextLink>,
    },
    {
      key: "subject",
      header: t("flags.columns.subject"),
      cell: (f) =>
        f.company ? (
          <NameCell note={f.company.bin} isMonoNote>
            <LocalName value={nameIn(locale, f.company)} t={t} />
          </NameCell>
        ) : (
          "—"
        ),
    },
    { key: "project", header: t("flags.columns.project"), cell: (f) => <LocalName value={nameIn(locale, f.project)} t={t} /> },
    { key: "region", header: t("flags.columns.region"), cell: (f) => regionName(f.region, locale) },
    { key: "severity", header: t("flags.columns.severity"), sort: "severity", cell: (f) => <SeverityBadge severity={f.severity} label={t(`flags.severity.${f.severity}`)} /> },
    { key: "score", header: t("flags.columns.score"), sort: "score", numeric: true, cell: (f) => f.score },
    { key: "detected", header: t("flags.columns.detected"), sort: "detected", date: true, cell: (f) => formatDateTime(f.lastDetectedAt) },
  ];
  return (
    <>
      <PageHeader title={t("flags.title")} intro={t("flags.intro")} download={listDownload(csvHref("/flags/csv", { ...params, sort: sp.sort }), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))} />
      {flags.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: flags.total })}</p> : null}
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
        <FilterSelect name="kind" label={t("flags.filters.kind")} value={sp.kind ?? ""} all={t("flags.filters.any")} options={FLAG_KINDS.map((k) => ({ value: k, label: t(`flags.kinds.${k}.name`) }))} />
        <FilterSelect name="severity" label={t("flags.filters.severity")} value={sp.severity ?? ""}>
          <option value="">{t("flags.filters.any")}</option>
          {[...SEVERITIES].reverse().map((s) => (
            <option key={s} value={s}>
              {t(`flags.severity.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="region" label={t("flags.filters.region")} value={sp.region ?? ""} all={t("flags.filters.any")}>
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
      <DataTable
        locale={locale}
        rows={flags.rows}
        rowKey={(f) => f.id}
        empty={t("flags.empty")}
        sorting={{ sort: sort.raw, params, basePath: "/flags" }}
        pagination={{ page: flags.page, pages: flags.pages, total: flags.total, params: { ...params, sort: sp.sort }, basePath: "/flags" }}
        columns={columns}
      />
    </>
  );
}
