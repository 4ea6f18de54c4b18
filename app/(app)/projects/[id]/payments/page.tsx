import type { Metadata } from "next";
import Link from "next/link";
import { EmptyRow, SearchBar } from "@/components/search-bar";
import { Pagination } from "@/components/pagination";
import { SortHeader } from "@/components/sort-header";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { listProjectTimeline, TIMELINE_SORTS, type THolderLabel } from "@/lib/projects/project-overview";
import { orNotFound, routeId } from "../../../route-helpers";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("project.tabs.payments") };
}

export default async function ProjectPaymentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; sort?: string; page?: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const page = ZPage.parse(sp.page);
  const sort = parseSort(sp.sort, TIMELINE_SORTS, "-when");
  const timeline = await orNotFound(listProjectTimeline({ actor, projectId: id, page, q: sp.q, sort }));
  const keep = { q: sp.q, sort: sort.raw };
  const basePath = `/projects/${id}/payments`;
  const header = (label: string, column: string, align: "left" | "right" = "left") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={keep} basePath={basePath} align={align} sortLabel={t("common.sortBy", { column: label })} />
  );
  const holder = (h: THolderLabel) => (h.kind === "exit" ? t(`project.exits.${h.name}` as never) : h.kind === "issuance" ? t("project.exits.issuance") : h.name);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-1 text-lg font-semibold text-slate-900">
        {t("project.timeline.title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("project.timeline.intro")}</p>
      <SearchBar className="mb-4" label={t("project.timeline.searchLabel")} placeholder={t("project.timeline.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }} />
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {header(t("project.timeline.when"), "when")}
              {header(t("project.timeline.kind"), "kind")}
              <th scope="col" className="px-3 py-2 text-left font-medium">{t("project.timeline.from")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">{t("project.timeline.to")}</th>
              <th scope="col" className="px-3 py-2 text-left font-medium">{t("project.timeline.document")}</th>
              {header(t("project.timeline.amount"), "amount", "right")}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {timeline.rows.length === 0 ? (
              <EmptyRow colSpan={6} message={t("project.timeline.empty")} />
            ) : (
              timeline.rows.map((r) => (
                <tr key={String(r.id)}>
                  <td className="px-3 py-2 tabular-nums">{formatDateTime(r.createdAt)}</td>
                  <td className="px-3 py-2">
                    {t(`project.timeline.kinds.${r.kind}` as never)}
                    <div className="text-xs text-slate-500">{t("project.colours.name", { id: r.colourId })}</div>
                  </td>
                  <td className="px-3 py-2">{holder(r.from)}</td>
                  <td className="px-3 py-2">{holder(r.to)}</td>
                  <td className="px-3 py-2">
                    {r.documentType === "invoice" && r.invoiceNumber ? (
                      r.from.kind === "project" ? (
                        <Link href={`/invoices/${r.documentId}`} className="text-brand-700 hover:underline">
                          {t("project.timeline.invoice", { number: r.invoiceNumber })}
                        </Link>
                      ) : (
                        t("project.timeline.invoice", { number: r.invoiceNumber })
                      )
                    ) : (
                      t(`project.timeline.documents.${r.documentType}` as never)
                    )}
                    <div className="font-mono text-xs text-slate-500">#{String(r.id)}</div>
                  </td>
                  <td className="num px-3 py-2">{formatTiyn(r.amountTiyn)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={timeline.page} pages={timeline.pages} total={timeline.total} params={keep} basePath={basePath} />
    </section>
  );
}
