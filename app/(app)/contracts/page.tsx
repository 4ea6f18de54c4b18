import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { DataTable, listing } from "@/components/data-table";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { listContracts } from "@/lib/contracts/list-contracts";
import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { generalContractColumns, subContractColumns } from "./contract-columns";
import { CONTRACT_STATUSES, contractListFilters, csvHref, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { pageRequest, READERS } from "../route-helpers";

export const generateMetadata = pageTitle("contracts.title");


type Search = { kind?: string; q?: string; status?: string; sort?: string; page?: string };

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const { kind, status, sort } = contractListFilters(sp);
  const page = ZPage.parse(sp.page);
  const contracts = await listContracts({ actor, kind, q: sp.q, status, page, sort });
  const params = { kind: kind === "sub" ? "sub" : undefined, q: sp.q, status, sort: sort.raw };
  const basePath = "/contracts";
  const columns = kind === "general" ? generalContractColumns(t, locale) : subContractColumns(t, locale);
  return (
    <>
      <PageHeader
        title={t("contracts.title")}
        intro={kind === "sub" ? t("contracts.subIntro") : t("contracts.intro")}
        action={actor.role === "official" ? { href: "/contracts/new", label: t("contracts.newContract") } : undefined}
        download={listDownload(csvHref("/contracts/csv", params), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))}
      />
      {contracts.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: contracts.total })}</p> : null}
      <nav aria-label={t("contracts.title")} className="mb-4 flex gap-1 border-b border-slate-200">
        {(["general", "sub"] as const).map((k) => (
          <Link
            key={k}
            href={k === "sub" ? "/contracts?kind=sub" : "/contracts"}
            aria-current={kind === k ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${kind === k ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`contracts.tabs.${k}`)}
          </Link>
        ))}
      </nav>
      <SearchBar className="mb-4" label={t("contracts.searchLabel")} placeholder={t("contracts.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw, kind: params.kind }}>
        <FilterSelect name="status" label={t("contracts.statusFilter")} value={status ?? ""} all={t("contracts.allStatuses")} options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(`contracts.status.${s}`) }))} />
      </SearchBar>
      <DataTable
        locale={locale}
        {...listing(contracts, sort.raw, params, basePath)}
        rowKey={(c) => c.id}
        empty={kind === "sub" ? t("contracts.subEmpty") : t("contracts.empty")}
        // Opaque, unlike the old bg-red-50/50: the first column stays in view over the others when the list scrolls sideways.
        rowClassName={(c) => (c.contractor.isDebarred ? "bg-red-50" : undefined)}
        columns={columns}
      />
    </>
  );
}
