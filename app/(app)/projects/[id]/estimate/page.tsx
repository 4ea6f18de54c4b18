import type { Metadata } from "next";
import Link from "next/link";
import { EmptyRow, SearchBar } from "@/components/search-bar";
import { Pagination } from "@/components/pagination";
import { projectForOfficial } from "@/lib/allocations/allocation-options";
import { requireRole } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { parseSort, ZPage } from "@/lib/pagination";
import { SortHeader } from "@/components/sort-header";
import { ESTIMATE_SORTS, listEstimateProgress, listEstimateRevisions } from "@/lib/projects/project-overview";
import { UNITS } from "@/lib/projects/units";
import { formatQuantityMilli } from "@/lib/quantity";
import { lineAmountTiyn } from "@/lib/rules/amounts";
import { orNotFound, routeId } from "../../../route-helpers";
import { RevisionList } from "../revision-list";
import { AddItemForm } from "./item-forms";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("project.tabs.estimate") };
}


export default async function ProjectEstimatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; page?: string; sort?: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const qty = (milli: bigint, unit: string) => formatQuantityMilli(milli, locale, unit);
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const page = ZPage.parse(sp.page);
  const sort = parseSort(sp.sort, ESTIMATE_SORTS, "code");
  const [project, items, revisions] = await orNotFound(
    Promise.all([projectForOfficial(actor, id), listEstimateProgress({ actor, projectId: id, q: sp.q, page, sort }), listEstimateRevisions({ actor, projectId: id })]),
  );
  const basePath = `/projects/${id}/estimate`;
  const hasAllocation = project._count.colours > 0;
  const listParams = { q: sp.q, sort: sort.raw };
  const header = (label: string, column: string, align: "left" | "right" = "left") => (
    <SortHeader label={label} column={column} sort={sort.raw} params={listParams} basePath={basePath} align={align} sortLabel={t("common.sortBy", { column: label })} />
  );
  return (
    <div className="space-y-8">
      <section aria-labelledby="items-title">
        <h2 id="items-title" className="sr-only">
          {t("project.tabs.estimate")}
        </h2>
        <SearchBar className="mb-4" label={t("project.estimate.searchLabel")} placeholder={t("project.estimate.searchPlaceholder")} query={sp.q} submitLabel={t("common.search")} keep={{ sort: sort.raw }} />
        <div className="card overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={t("project.tabs.estimate")}>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                {header(t("project.estimate.item"), "code")}
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("project.estimate.quantity")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("project.estimate.ceiling")}</th>
                {header(t("project.estimate.amount"), "amount", "right")}
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("project.estimate.contracted")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("project.estimate.invoiced")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("project.estimate.paid")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  <span className="sr-only">{t("project.estimate.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.rows.length === 0 ? (
                <EmptyRow colSpan={8} message={t(sp.q ? "project.estimate.noMatch" : "project.estimate.empty")} />
              ) : (
                items.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="px-3 py-2">
                      <div className="font-mono text-xs text-slate-500">{r.code}</div>
                      <div>{r.name}</div>
                    </td>
                    <td className="num px-3 py-2">{qty(r.quantityMilli, r.unit)}</td>
                    <td className="num px-3 py-2">{formatTiyn(r.ceilingUnitPriceTiyn)}</td>
                    <td className="num px-3 py-2">{formatTiyn(lineAmountTiyn(r.quantityMilli, r.ceilingUnitPriceTiyn))}</td>
                    <td className="num px-3 py-2">{qty(r.contractedMilli, r.unit)}</td>
                    <td className="num px-3 py-2">
                      <div>{formatTiyn(r.invoicedTiyn)}</div>
                      <div className="text-xs text-slate-500">{qty(r.invoicedMilli, r.unit)}</div>
                    </td>
                    <td className="num px-3 py-2">
                      <div>{formatTiyn(r.paidTiyn)}</div>
                      <div className="text-xs text-slate-500">{qty(r.paidMilli, r.unit)}</div>
                    </td>
                    <td className="px-3 py-2 text-right">
                      <Link href={`${basePath}/${r.id}`} className="text-brand-700 hover:underline">
                        {t("project.estimate.edit")}
                        <span className="sr-only"> {r.code}</span>
                      </Link>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
        <Pagination locale={locale} page={items.page} pages={items.pages} total={items.total} params={listParams} basePath={basePath} />
      </section>

      <section aria-labelledby="add-item-title" className="card p-5">
        <h2 id="add-item-title" className="mb-1 text-lg font-semibold text-slate-900">
          {t("project.estimate.addTitle")}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{t(hasAllocation ? "project.estimate.reasonNeeded" : "project.estimate.addIntro")}</p>
        <AddItemForm projectId={id} expectedVersion={project.estimateVersion} units={Object.keys(UNITS)} reasonRequired={hasAllocation} />
      </section>

      <RevisionList locale={locale} revisions={revisions} />
    </div>
  );
}
