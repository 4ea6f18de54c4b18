import Link from "next/link";
import { LocalName } from "@/components/local-name";
import { nameIn } from "@/lib/i18n";
import { SearchBar } from "@/components/search-bar";
import { DataTable, listing } from "@/components/data-table";
import { projectForReader } from "@/lib/allocations/allocation-options";
import { requireRole } from "@/lib/auth";
import { getT, pageTitle } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { ESTIMATE_SORTS, listEstimateProgress, listEstimateRevisions } from "@/lib/projects/project-overview";
import { UNITS } from "@/lib/projects/units";
import { formatQuantityMilli } from "@/lib/quantity";
import { lineAmountTiyn } from "@/lib/rules/amounts";
import { orNotFound, READERS, routeId } from "../../../route-helpers";
import { RevisionList } from "../revision-list";
import { AddItemForm } from "./item-forms";
import { firstParams } from "@/lib/http/search-params";

export const generateMetadata = pageTitle("project.tabs.estimate");


/** What was invoiced or paid against an item: the sum, and the quantity under it. */
function SumAndQuantity({ tiyn, quantity }: { tiyn: bigint; quantity: string }) {
  return (
    <>
      <div>{formatTiyn(tiyn)}</div>
      <div className="text-xs text-slate-500">{quantity}</div>
    </>
  );
}

export default async function ProjectEstimatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; page?: string; sort?: string }> }) {
  const actor = await requireRole(...READERS);
  const canWrite = actor.role === "official";
  const { t, locale } = await getT();
  const qty = (milli: bigint, unit: string) => formatQuantityMilli(milli, locale, unit);
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const page = ZPage.parse(sp.page);
  const sort = parseSort(sp.sort, ESTIMATE_SORTS, "code");
  const [project, items, revisions] = await orNotFound(
    Promise.all([projectForReader(actor, id), listEstimateProgress({ actor, projectId: id, q: sp.q, page, sort }), listEstimateRevisions({ actor, projectId: id })]),
  );
  const basePath = `/projects/${id}/estimate`;
  const hasAllocation = project._count.colours > 0;
  const listParams = { q: sp.q, sort: sort.raw };
  return (
    <div className="space-y-8">
      <section aria-labelledby="items-title">
        <h2 id="items-title" className="sr-only">
          {t("project.tabs.estimate")}
        </h2>
        <SearchBar className="mb-4" label={t("project.estimate.searchLabel")} placeholder={t("project.estimate.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }} />
        <DataTable
          locale={locale}
          label={t("project.tabs.estimate")}
          {...listing(items, sort.raw, listParams, basePath)}
          rowKey={(r) => r.id}
          empty={t(sp.q ? "project.estimate.noMatch" : "project.estimate.empty")}
          columns={[
            {
              key: "code",
              header: t("project.estimate.item"),
              sort: "code",
              // Narrower than the figures' natural width so that the whole table, Edit included, fits at 1366 px in
              // every language (the Kazakh headers are the longest): the figures' headers wrap (decision 0256).
              className: "min-w-44",
              cell: (r) => (
                <>
                  <div className="font-mono text-xs text-slate-500">{r.code}</div>
                  <div>
                    <LocalName value={nameIn(locale, r)} t={t} />
                  </div>
                </>
              ),
            },
            { key: "quantity", header: t("project.estimate.quantity"), wrapHeader: true, numeric: true, cell: (r) => qty(r.quantityMilli, r.unit) },
            { key: "ceiling", header: t("project.estimate.ceiling"), wrapHeader: true, numeric: true, cell: (r) => formatTiyn(r.ceilingUnitPriceTiyn) },
            { key: "amount", header: t("project.estimate.amount"), wrapHeader: true, sort: "amount", numeric: true, cell: (r) => formatTiyn(lineAmountTiyn(r.quantityMilli, r.ceilingUnitPriceTiyn)) },
            { key: "contracted", header: t("project.estimate.contracted"), wrapHeader: true, numeric: true, cell: (r) => qty(r.contractedMilli, r.unit) },
            { key: "invoiced", header: t("project.estimate.invoiced"), wrapHeader: true, numeric: true, cell: (r) => <SumAndQuantity tiyn={r.invoicedTiyn} quantity={qty(r.invoicedMilli, r.unit)} /> },
            { key: "paid", header: t("project.estimate.paid"), wrapHeader: true, numeric: true, cell: (r) => <SumAndQuantity tiyn={r.paidTiyn} quantity={qty(r.paidMilli, r.unit)} /> },
            ...(canWrite ? [{
              key: "edit",
              header: <span className="sr-only">{t("project.estimate.edit")}</span>,
              align: "right" as const,
              cell: (r: (typeof items.rows)[number]) => (
                <Link href={`${basePath}/${r.id}`} className="text-brand-700 hover:underline">
                  {t("project.estimate.edit")}
                  <span className="sr-only"> {r.code}</span>
                </Link>
              ),
            }] : []),
          ]}
        />
      </section>

      {canWrite ? (
      <section aria-labelledby="add-item-title" className="card p-5">
        <h2 id="add-item-title" className="mb-1 text-lg font-semibold text-slate-900">
          {t("project.estimate.addTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t(hasAllocation ? "project.estimate.reasonNeeded" : "project.estimate.addIntro")}</p>
        <AddItemForm projectId={id} expectedVersion={project.estimateVersion} units={Object.keys(UNITS)} reasonRequired={hasAllocation} />
      </section>
      ) : null}

      <RevisionList locale={locale} revisions={revisions} />
    </div>
  );
}
