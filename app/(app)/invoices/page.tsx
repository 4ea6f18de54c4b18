import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { EmptyRow, SearchBar } from "@/components/search-bar";
import { Pagination } from "@/components/pagination";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { listApprovalQueue } from "@/lib/invoices/list-approval-queue";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("invoices.title") };
}

export default async function InvoicesPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const page = ZPage.parse(sp.page);
  const queue = await listApprovalQueue({ actor, q: sp.q, page });
  return (
    <>
      <PageHeader title={t("invoices.title")} intro={t("invoices.intro")} />
      <SearchBar className="mb-4" label={t("invoices.searchLabel")} placeholder={t("invoices.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} />
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {(["number", "contractor", "project", "submitted"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-left font-medium">
                  {t(`invoices.columns.${c}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("invoices.columns.total")}
              </th>
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
                    {t(`invoices.status.${i.status}`)}
                    {i.refusedAttempts > 0 ? <div className="text-xs text-red-700">{t("invoices.refused", { count: i.refusedAttempts })}</div> : null}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={queue.page} pages={queue.pages} total={queue.total} params={{ q: sp.q }} basePath="/invoices" />
    </>
  );
}
