import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { DataTable, type TDataColumn } from "@/components/data-table";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { requireRole } from "@/lib/auth";
import { CONTRACT_SORTS, listContracts } from "@/lib/contracts/list-contracts";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("contracts.title") };
}

const STATUSES = ["active", "completed", "terminated"] as const;

type Search = { kind?: string; q?: string; status?: string; sort?: string; page?: string };

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const kind = sp.kind === "sub" ? "sub" : "general";
  const status = STATUSES.find((s) => s === sp.status);
  const sort = parseSort(sp.sort, CONTRACT_SORTS, "-signed");
  const page = ZPage.parse(sp.page);
  const contracts = await listContracts({ actor, kind, q: sp.q, status, page, sort });
  const params = { kind: kind === "sub" ? "sub" : undefined, q: sp.q, status, sort: sort.raw };
  const basePath = "/contracts";
  const company = (c: { id: number; name: string; nameRu: string | null; bin: string | null }) => (
    <>
      <Link href={`/contractors/${c.id}`} className="text-brand-700 hover:underline">
        {localizedName(locale, c.name, c.nameRu)}
      </Link>
      <div className="font-mono text-xs text-slate-500">{c.bin}</div>
    </>
  );
  type TRow = (typeof contracts.rows)[number];
  const number = (c: TRow) => (
    <Link href={`/contracts/${c.id}`} className="font-medium text-brand-700 hover:underline">
      {c.number}
    </Link>
  );
  const generalColumns: TDataColumn<TRow>[] = [
    { key: "number", header: t("contracts.columns.number"), sort: "number", nowrap: true, cell: number },
    { key: "project", header: t("contracts.columns.project"), className: "min-w-48 max-w-64", cell: (c) => c.project.name },
    { key: "contractor", header: t("contracts.columns.contractor"), cell: (c) => company(c.contractor) },
    { key: "signed", header: t("contracts.columns.signed"), sort: "signed", nowrap: true, className: "tabular-nums", cell: (c) => formatDate(c.signedOn) },
    { key: "value", header: t("contracts.columns.value"), sort: "value", numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
    { key: "billed", header: t("contracts.columns.billed"), numeric: true, cell: (c) => formatTiyn(c.billedTiyn) },
    { key: "paid", header: t("contracts.columns.paid"), numeric: true, cell: (c) => formatTiyn(c.paidTiyn) },
    { key: "status", header: t("contracts.columns.status"), cell: (c) => t(`contracts.status.${c.status}`) },
  ];
  const subColumns: TDataColumn<TRow>[] = [
    {
      key: "number",
      header: t("contracts.columns.number"),
      sort: "number",
      nowrap: true,
      cell: (c) => (
        <>
          {number(c)}
          {c.isFinalSupplier ? <div className="text-xs text-slate-500">{t("contracts.finalSupplier")}</div> : null}
        </>
      ),
    },
    { key: "subcontractor", header: t("contracts.columns.subcontractor"), cell: (c) => company(c.contractor) },
    {
      key: "parent",
      header: t("contracts.columns.parent"),
      cell: (c) =>
        c.parent ? (
          <>
            <Link href={`/contracts/${c.parent.id}`} className="text-brand-700 hover:underline">
              {c.parent.number}
            </Link>
            <div className="text-xs text-slate-500">{localizedName(locale, c.parent.contractor.name, c.parent.contractor.nameRu)}</div>
          </>
        ) : (
          "—"
        ),
    },
    { key: "value", header: t("contracts.columns.value"), sort: "value", numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
    { key: "items", header: t("contracts.columns.items"), numeric: true, cell: (c) => c._count.items },
    { key: "billed", header: t("contracts.columns.billed"), numeric: true, cell: (c) => formatTiyn(c.billedTiyn) },
    {
      key: "parentRemaining",
      header: t("contracts.columns.parentRemaining"),
      numeric: true,
      cell: (c) => (c.parentRemainingTiyn == null ? "—" : <span className={c.parentRemainingTiyn < 0n ? "text-red-700" : undefined}>{formatTiyn(c.parentRemainingTiyn)}</span>),
    },
    { key: "signed", header: t("contracts.columns.signed"), sort: "signed", nowrap: true, className: "tabular-nums", cell: (c) => formatDate(c.signedOn) },
  ];
  return (
    <>
      <PageHeader
        title={t("contracts.title")}
        intro={kind === "sub" ? t("contracts.subIntro") : t("contracts.intro")}
        actions={
          <Link href="/contracts/new" className="btn-primary">
            {t("contracts.newContract")}
          </Link>
        }
      />
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
        <FilterSelect name="status" label={t("contracts.statusFilter")} value={status ?? ""}>
          <option value="">{t("contracts.allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`contracts.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <DataTable
        locale={locale}
        rows={contracts.rows}
        rowKey={(c) => c.id}
        empty={kind === "sub" ? t("contracts.subEmpty") : t("contracts.empty")}
        sorting={{ sort: sort.raw, params, basePath }}
        pagination={{ page: contracts.page, pages: contracts.pages, total: contracts.total, params, basePath }}
        // Opaque, unlike the old bg-red-50/50: the first column stays in view over the others when the list scrolls sideways.
        rowClassName={(c) => (c.contractor.isDebarred ? "bg-red-50" : undefined)}
        columns={kind === "general" ? generalColumns : subColumns}
      />
    </>
  );
}
