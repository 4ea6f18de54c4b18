import Link from "next/link";
import { NameCell } from "@/components/table-cells";
import { TextLink } from "@/components/text-link";
import { PageHeader } from "@/components/page-header";
import { DataTable, listing, type TDataColumn } from "@/components/data-table";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { listCompanyInvoices } from "@/lib/invoices/company-invoices";
import { companyInvoiceFilters, csvHref, listDownload } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { formatDate } from "@/lib/dates";
import { nameIn } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { pageRequest } from "../../route-helpers";

export const generateMetadata = pageTitle("company.invoices.title");

const STATUSES = ["draft", "submitted", "approved", "paid", "rejected", "withdrawn"] as const;

export default async function CompanyInvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  const { box, q, status, sort } = companyInvoiceFilters(sp);
  const page = ZPage.parse(sp.page);
  const list = await listCompanyInvoices({ actor, box, q, status, sort: sort.column, direction: sort.direction, page });
  const params = { box, q: sp.q, status, sort: sort.raw };
  const columns: TDataColumn<(typeof list.rows)[number]>[] = [
    {
      key: "number",
      header: t("company.invoices.columns.number"),
      sort: "number",
      nowrap: true,
      className: "font-medium",
      cell: (i) => <TextLink href={`/company/invoices/${i.id}`}>{i.number}</TextLink>,
    },
    { key: "contract", header: t("company.invoices.columns.contract"), cell: (i) => i.contract.number },
    ...(box === "incoming"
      ? [
          {
            key: "company",
            header: t("company.invoices.columns.company"),
            cell: (i: (typeof list.rows)[number]) => (
              <NameCell note={i.contract.contractor.bin} isMonoNote>
                <LocalName value={nameIn(locale, i.contract.contractor)} t={t} />
              </NameCell>
            ),
          },
        ]
      : []),
    { key: "project", header: t("company.invoices.columns.project"), cell: (i) => <LocalName value={nameIn(locale, i.contract.project)} t={t} /> },
    { key: "issued", header: t("company.invoices.columns.issued"), sort: "issued", date: true, cell: (i) => formatDate(i.issuedOn) },
    { key: "total", header: t("company.invoices.columns.total"), sort: "total", numeric: true, cell: (i) => formatTiyn(i.totalTiyn) },
    { key: "status", header: t("company.invoices.columns.status"), sort: "status", cell: (i) => t(`company.invoices.status.${i.status}`) },
  ];
  return (
    <>
      <PageHeader
        title={t("company.invoices.title")}
        intro={t("company.invoices.intro")}
        action={{ href: "/company/invoices/new", label: t("company.invoices.newInvoice") }}
        download={listDownload(csvHref("/company/invoices/csv", params), t("investigate.csv.download"), t("investigate.csv.downloadXlsx"))}
      />
      {list.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: list.total })}</p> : null}
      <nav className="mb-4 flex gap-2" aria-label={t("company.invoices.title")}>
        {(["issued", "incoming"] as const).map((b) => (
          <Link key={b} href={`/company/invoices?box=${b}`} aria-current={box === b ? "page" : undefined} className={`rounded-md px-3 py-2 text-sm font-medium ${box === b ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}>
            {t(b === "issued" ? "company.invoices.issuedTab" : "company.invoices.incomingTab")}
          </Link>
        ))}
      </nav>
      <SearchBar className="mb-4" label={t("company.invoices.searchLabel")} placeholder={t("company.invoices.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ box, sort: sp.sort }}>
        <FilterSelect name="status" label={t("company.invoices.statusFilter")} value={status ?? ""}>
          <option value="">{t("company.invoices.allStatuses")}</option>
          {STATUSES.filter((s) => box === "issued" || s !== "draft").map((s) => (
            <option key={s} value={s}>
              {t(`company.invoices.status.${s}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <DataTable
        locale={locale}
        label={t(box === "issued" ? "company.invoices.issuedTab" : "company.invoices.incomingTab")}
        {...listing(list, sort.raw, params, "/company/invoices")}
        rowKey={(i) => i.id}
        empty={t("company.invoices.empty")}
        columns={columns}
      />
    </>
  );
}
