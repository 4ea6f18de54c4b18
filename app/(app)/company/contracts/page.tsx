import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { listCompanyContracts } from "@/lib/contracts/list-company-contracts";
import { companyContractFilters, csvHref, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { formatDate } from "@/lib/dates";
import { localizedName, nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { pageRequest } from "../../route-helpers";

export const generateMetadata = pageTitle("company.contracts.title");

const STATUSES = ["active", "completed", "terminated"] as const;

export default async function CompanyContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  const { q, side, status, sort } = companyContractFilters(sp);
  const page = ZPage.parse(sp.page);
  const list = await listCompanyContracts({ actor, q, side, status, sort: sort.column, direction: sort.direction, page });
  const params = { q: sp.q, side, status, sort: sort.raw };
  const basePath = "/company/contracts";
  const columns: TDataColumn<(typeof list.rows)[number]>[] = [
    {
      key: "number",
      header: t("company.contracts.columns.number"),
      sort: "number",
      // The number on one line, its kind ("Қосалқы мердігерлік шарт") free to wrap: the Kazakh list fits at 1366 px.
      cell: (c) => (
        <>
          <Link href={`/company/contracts/${c.id}`} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
            {c.number}
          </Link>
          <div className="text-xs text-slate-500">{t(`company.contractKinds.${c.kind}`)}</div>
        </>
      ),
    },
    {
      key: "project",
      header: t("company.contracts.columns.project"),
      className: "min-w-40",
      cell: (c) => (
        <>
          <LocalName value={nameIn(locale, c.project)} t={t} />
          <div className="text-xs text-slate-500">
            {t("company.colour", { id: c.colour.id })}, {formatDate(c.colour.expiresAt)}
            {c.colour.isFrozen ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("company.contracts.frozen")}</span> : null}
          </div>
        </>
      ),
    },
    { key: "side", header: t("company.contracts.columns.side"), wrapHeader: true, cell: (c) => t(`company.contracts.sides.${c.side}`) },
    {
      key: "counterparty",
      header: t("company.contracts.columns.counterparty"),
      cell: (c) => (
        <>
          {c.counterparty.kind === "project"
            ? t("company.history.projectAccount", { ministry: localizedName(locale, c.counterparty) })
            : <LocalName value={nameIn(locale, c.counterparty)} t={t} />}
          {c.counterparty.bin ? <div className="font-mono text-xs text-slate-500">{c.counterparty.bin}</div> : null}
        </>
      ),
    },
    { key: "signed", header: t("company.contracts.columns.signed"), sort: "signed", wrapHeader: true, date: true, cell: (c) => formatDate(c.signedOn) },
    { key: "value", header: t("company.contracts.columns.value"), sort: "value", numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
    { key: "billed", header: t("company.contracts.columns.billed"), numeric: true, cell: (c) => formatTiyn(c.billedTiyn) },
    { key: "paid", header: t("company.contracts.columns.paid"), numeric: true, cell: (c) => formatTiyn(c.paidTiyn) },
    { key: "status", header: t("company.contracts.columns.status"), sort: "status", cell: (c) => t(`company.contractStatus.${c.status}`) },
  ];
  return (
    <>
      <PageHeader title={t("company.contracts.title")} intro={t("company.contracts.intro")} download={listDownload(csvHref("/company/contracts/csv", params), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))} />
      {list.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: list.total })}</p> : null}
      <SearchBar className="mb-4" label={t("company.contracts.searchLabel")} placeholder={t("company.contracts.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sp.sort }}>
        <FilterSelect name="side" label={t("company.contracts.sideFilter")} value={side ?? ""}>
          <option value="">{t("company.contracts.allSides")}</option>
          {(["holder", "payer"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`company.contracts.sides.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect name="status" label={t("company.contracts.statusFilter")} value={status ?? ""} all={t("company.contracts.allStatuses")} options={STATUSES.map((s) => ({ value: s, label: t(`company.contractStatus.${s}`) }))} />
      </SearchBar>
      <DataTable locale={locale} label={t("company.contracts.title")} {...listing(list, sort.raw, params, basePath)} rowKey={(c) => c.id} empty={t("company.contracts.empty")} columns={columns} />
    </>
  );
}
