import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { EmptyRow, FilterSelect, SearchBar } from "@/components/search-bar";
import { Pagination } from "@/components/pagination";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { listApprovalQueue, QUEUE_SORTS, QUEUE_VIEWS, type TQueueStanding } from "@/lib/invoices/list-approval-queue";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("invoices.title") };
}

type Search = { q?: string; show?: string; sort?: string; page?: string };

const STANDING_STYLE: Record<TQueueStanding, string> = {
  waitingForYou: "bg-amber-100 text-amber-900",
  waitingForYouSecond: "bg-amber-100 text-amber-900",
  approvedByYou: "bg-slate-200 text-slate-700",
};

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const page = ZPage.parse(sp.page);
  const view = QUEUE_VIEWS.find((v) => v === sp.show) ?? "all";
  const sort = parseSort(sp.sort, QUEUE_SORTS, "submitted");
  const queue = await listApprovalQueue({ actor, q: sp.q, page, view, sort });
  const params = { q: sp.q, show: view === "all" ? undefined : view, sort: sort.raw };
  const basePath = "/invoices";
  const header = (label: string, column: string, align: "left" | "right" = "left") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={params} basePath={basePath} align={align} sortLabel={t("common.sortBy", { column: label })} />
  );
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
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header(t("invoices.columns.number"), "number")}
              {header(t("invoices.columns.contractor"), "company")}
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("invoices.columns.project")}
              </th>
              {header(t("invoices.columns.submitted"), "submitted")}
              {header(t("invoices.columns.total"), "total", "right")}
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("invoices.columns.status")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {queue.rows.length === 0 ? (
              <EmptyRow colSpan={6} message={t("invoices.empty")} />
            ) : (
              queue.rows.map((i) => (
                <tr key={i.id}>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/invoices/${i.id}`} className="text-brand-700 hover:underline">
                      {i.number}
                    </Link>
                  </td>
                  <td className="px-3 py-2">
                    {localizedName(locale, i.contract.contractor.name, i.contract.contractor.nameRu)}
                    <div className="font-mono text-xs text-slate-500">{i.contract.contractor.bin}</div>
                  </td>
                  <td className="px-3 py-2">{i.contract.project.name}</td>
                  <td className="px-3 py-2 tabular-nums">{formatDateTime(i.submittedAt)}</td>
                  <td className="num px-3 py-2">{formatTiyn(i.totalTiyn)}</td>
                  <td className="px-3 py-2">
                    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${STANDING_STYLE[i.standing]}`}>{t(`invoices.standing.${i.standing}`)}</span>
                    <div className="text-xs text-slate-500">{t(`invoices.status.${i.status}`)}</div>
                    {i.refusedAttempts > 0 ? <div className="text-xs text-red-700">{t("invoices.refused", { count: i.refusedAttempts })}</div> : null}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={queue.page} pages={queue.pages} total={queue.total} params={params} basePath={basePath} />
    </>
  );
}
