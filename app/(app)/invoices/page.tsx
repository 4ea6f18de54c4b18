import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { FilterSelect, SearchBar } from "@/components/search-bar";
import { DataTable, listing } from "@/components/data-table";
import { formatDateTime } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { listApprovalQueue, QUEUE_SORTS, QUEUE_VIEWS, type TQueueStanding } from "@/lib/invoices/list-approval-queue";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { pageRequest } from "../route-helpers";

export const generateMetadata = pageTitle("invoices.title");

type Search = { q?: string; show?: string; sort?: string; page?: string };

const STANDING_STYLE: Record<TQueueStanding, string> = {
  waitingForYou: "bg-amber-100 text-amber-900",
  waitingForYouSecond: "bg-amber-100 text-amber-900",
  approvedByYou: "bg-slate-200 text-slate-700",
};

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const page = ZPage.parse(sp.page);
  const view = QUEUE_VIEWS.find((v) => v === sp.show) ?? "all";
  const sort = parseSort(sp.sort, QUEUE_SORTS, "submitted");
  const queue = await listApprovalQueue({ actor, q: sp.q, page, view, sort });
  const params = { q: sp.q, show: view === "all" ? undefined : view, sort: sort.raw };
  const basePath = "/invoices";
  return (
    <>
      <PageHeader title={t("invoices.title")} intro={t("invoices.intro")} />
      <SearchBar className="mb-4" label={t("invoices.searchLabel")} placeholder={t("invoices.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }}>
        <FilterSelect name="show" label={t("invoices.viewFilter")} value={view === "all" ? "" : view}>
          {QUEUE_VIEWS.map((v) => (
            <option key={v} value={v === "all" ? "" : v}>
              {t(`invoices.views.${v}`)}
            </option>
          ))}
        </FilterSelect>
      </SearchBar>
      <DataTable
        locale={locale}
        {...listing(queue, sort.raw, params, basePath)}
        rowKey={(i) => i.id}
        empty={t("invoices.empty")}
        columns={[
          {
            key: "number",
            header: t("invoices.columns.number"),
            sort: "number",
            nowrap: true,
            className: "font-medium",
            cell: (i) => (
              <Link href={`/invoices/${i.id}`} className="text-brand-700 hover:underline">
                {i.number}
              </Link>
            ),
          },
          {
            key: "company",
            header: t("invoices.columns.contractor"),
            sort: "company",
            cell: (i) => (
              <>
                {localizedName(locale, i.contract.contractor.name, i.contract.contractor.nameRu)}
                <div className="font-mono text-xs text-slate-500">{i.contract.contractor.bin}</div>
              </>
            ),
          },
          { key: "project", header: t("invoices.columns.project"), cell: (i) => i.contract.project.name },
          { key: "submitted", header: t("invoices.columns.submitted"), sort: "submitted", nowrap: true, className: "tabular-nums", cell: (i) => formatDateTime(i.submittedAt) },
          { key: "total", header: t("invoices.columns.total"), sort: "total", numeric: true, cell: (i) => formatTiyn(i.totalTiyn) },
          {
            key: "status",
            header: t("invoices.columns.status"),
            cell: (i) => (
              <>
                <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STANDING_STYLE[i.standing]}`}>{t(`invoices.standing.${i.standing}`)}</span>
                <div className="text-xs text-slate-500">{t(`invoices.status.${i.status}`)}</div>
                {i.refusedAttempts > 0 ? <div className="text-xs text-red-700">{t("invoices.refused", { count: i.refusedAttempts })}</div> : null}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
