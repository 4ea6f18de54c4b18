import Link from "next/link";
import { TextLink } from "@/components/text-link";
import { SearchBar } from "@/components/search-bar";
import { DataTable, listing } from "@/components/data-table";
import { formatDateTime } from "@/lib/dates";
import { pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { csvHref, projectPaymentsFilters } from "@/lib/exports/list-filters";
import { LIST_CSV_MAX_ROWS } from "@/lib/exports/list-csv";
import { listProjectTimeline, type THolderLabel } from "@/lib/projects/project-overview";
import { orNotFound, pageRequest, READERS, routeId } from "../../../route-helpers";

export const generateMetadata = pageTitle("project.tabs.payments");

export default async function ProjectPaymentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; sort?: string; page?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const id = routeId((await params).id);
  const page = ZPage.parse(sp.page);
  const { q, sort } = projectPaymentsFilters(sp);
  const timeline = await orNotFound(listProjectTimeline({ actor, projectId: id, page, q, sort }));
  const keep = { q: sp.q, sort: sort.raw };
  const basePath = `/projects/${id}/payments`;
  const holder = (h: THolderLabel) => (h.kind === "exit" ? t(`project.exits.${h.name}` as never) : h.kind === "issuance" ? t("project.exits.issuance") : h.name);
  return (
    <section aria-labelledby="timeline-title">
      <div className="mb-1 flex flex-wrap items-center justify-between gap-3">
        <h2 id="timeline-title" className="text-lg font-semibold text-slate-900">
          {t("project.timeline.title")}
        </h2>
        <div className="flex flex-wrap gap-2">
          <a href={csvHref(`${basePath}/csv`, keep)} className="btn-secondary" download>
            {t("investigate.csv.download")}
          </a>
          <a href={csvHref(`${basePath}/xlsx`, keep)} className="btn-secondary" download>
            {t("investigate.csv.downloadXlsx")}
          </a>
        </div>
      </div>
      <p className="mb-4 text-sm text-slate-600">{t("project.timeline.intro")}</p>
      {timeline.total > LIST_CSV_MAX_ROWS ? <p className="mb-4 text-sm text-amber-900">{t("lists.capped", { max: LIST_CSV_MAX_ROWS, total: timeline.total })}</p> : null}
      <SearchBar className="mb-4" label={t("project.timeline.searchLabel")} placeholder={t("project.timeline.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }} />
      <DataTable
        locale={locale}
        {...listing(timeline, sort.raw, keep, basePath)}
        rowKey={(r) => String(r.id)}
        empty={t("project.timeline.empty")}
        columns={[
          { key: "when", header: t("project.timeline.when"), sort: "when", date: true, cell: (r) => formatDateTime(r.createdAt) },
          {
            key: "kind",
            header: t("project.timeline.kind"),
            sort: "kind",
            cell: (r) => (
              <>
                {t(`project.timeline.kinds.${r.kind}` as never)}
                <div className="text-xs text-slate-500">{t("project.colours.name", { id: r.colourId })}</div>
              </>
            ),
          },
          { key: "from", header: t("project.timeline.from"), cell: (r) => holder(r.from) },
          { key: "to", header: t("project.timeline.to"), cell: (r) => holder(r.to) },
          {
            key: "document",
            header: t("project.timeline.document"),
            cell: (r) => (
              <>
                {r.documentType === "invoice" && r.invoiceNumber ? (
                  r.from.kind === "project" ? (
                    <TextLink href={`/invoices/${r.documentId}`}>{t("project.timeline.invoice", { number: r.invoiceNumber })}</TextLink>
                  ) : (
                    t("project.timeline.invoice", { number: r.invoiceNumber })
                  )
                ) : (
                  t(`project.timeline.documents.${r.documentType}` as never)
                )}
                <div className="font-mono text-xs text-slate-500">
                  <Link href={`/payments/${String(r.id)}/order`} className="text-brand-700 hover:underline" aria-label={t("investigate.order.title", { id: String(r.id) })}>
                    #{String(r.id)}
                  </Link>
                </div>
              </>
            ),
          },
          { key: "amount", header: t("project.timeline.amount"), sort: "amount", numeric: true, cell: (r) => formatTiyn(r.amountTiyn) },
        ]}
      />
    </section>
  );
}
