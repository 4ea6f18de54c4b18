import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { INVOICE_SORTS, listCompanyInvoices } from "@/lib/company/company-invoices";
import { formatDate } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.invoices.title") };
}

const STATUSES = ["draft", "submitted", "approved", "paid", "rejected", "withdrawn"] as const;
const ZBox = z.enum(["issued", "incoming"]).catch("issued");
const ZStatus = z.enum(STATUSES).optional().catch(undefined);

export default async function CompanyInvoicesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const box = ZBox.parse(sp.box);
  const status = ZStatus.parse(sp.status || undefined);
  const page = ZPage.parse(sp.page);
  const sort = parseSort(sp.sort, INVOICE_SORTS, "-issued");
  const list = await listCompanyInvoices({ actor, box, q: sp.q, status, sort: sort.column, direction: sort.direction, page });
  const params = { box, q: sp.q, status, sort: sort.raw };
  const header = (column: (typeof INVOICE_SORTS)[number], label: string, align: "left" | "right" = "left") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath="/company/invoices" align={align} sortLabel={t("common.sortBy", { column: label })} />
  );
  return (
    <>
      <PageHeader
        title={t("company.invoices.title")}
        intro={t("company.invoices.intro")}
        actions={
          <Link href="/company/invoices/new" className="btn-primary">
            {t("company.invoices.newInvoice")}
          </Link>
        }
      />
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
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t(box === "issued" ? "company.invoices.issuedTab" : "company.invoices.incomingTab")}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header("number", t("company.invoices.columns.number"))}
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.invoices.columns.contract")}
              </th>
              {box === "incoming" ? (
                <th scope="col" className="px-3 py-2 text-left font-medium">
                  {t("company.invoices.columns.company")}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.invoices.columns.project")}
              </th>
              {header("issued", t("company.invoices.columns.issued"))}
              {header("total", t("company.invoices.columns.total"), "right")}
              {header("status", t("company.invoices.columns.status"))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {list.rows.length === 0 ? (
              <EmptyRow colSpan={box === "incoming" ? 7 : 6} message={t("company.invoices.empty")} />
            ) : (
              list.rows.map((i) => (
                <tr key={i.id}>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/company/invoices/${i.id}`} className="text-brand-700 hover:underline">
                      {i.number}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{i.contract.number}</td>
                  {box === "incoming" ? (
                    <td className="px-3 py-2">
                      {localizedName(locale, i.contract.contractor.name, i.contract.contractor.nameRu)}
                      <div className="font-mono text-xs text-slate-500">{i.contract.contractor.bin}</div>
                    </td>
                  ) : null}
                  <td className="px-3 py-2">{i.contract.project.name}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(i.issuedOn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(i.totalTiyn)}</td>
                  <td className="px-3 py-2">{t(`company.invoices.status.${i.status}`)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={list.page} pages={list.pages} total={list.total} params={params} basePath="/company/invoices" />
    </>
  );
}
