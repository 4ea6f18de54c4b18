import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { FactList } from "@/components/fact-list";
import { PageHeader } from "@/components/page-header";
import { formatDate, formatDateTime } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { mealProgrammeView, openMealDisputes } from "@/lib/meals/office-screens";
import { monthParam } from "@/lib/meals/school-screens";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest, routeId } from "../../route-helpers";
import { AddContractForm, ReviewDisputeForm, SettleForm } from "./programme-forms";

export const generateMetadata = pageTitle("mealsOffice.programmes.title");

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const day = (d: Date) => formatDate(d);

/**
 * A programme (decision 0201): its colour and balance, the schools with the month's lists, the canteen contracts (added
 * here, settled here per period), and the parents' open disputes to decide.
 */
export default async function MealProgrammePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ month?: string; disputes?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest("official", searchParams);
  const programmeId = routeId((await params).id);
  const view = await orNotFound(mealProgrammeView({ actor, programmeId, month: monthParam(sp.month) }));
  const disputes = await openMealDisputes({ actor, programmeId, page: ZPage.parse(sp.disputes) });
  const { programme, colour } = view;
  const mealType = (m: string) => t(`meals.mealTypes.${m as "breakfast" | "lunch"}`);
  const state = colour.isClosed ? "closed" : colour.isFrozen ? "frozen" : "open";
  return (
    <>
      <PageHeader
        title={t("mealsOffice.programme.title", { year: String(programme.schoolYear), next: String(programme.schoolYear + 1), department: localizedName(locale, view.department.name, view.department.nameRu) })}
      />
      <FactList
        facts={[
          [t("mealsOffice.programme.facts.colour"), t("mealsOffice.programme.colourValue", { id: colour.id })],
          [t("mealsOffice.programme.facts.project"), colour.projectName],
          [t("mealsOffice.programme.facts.allocated"), formatTiyn(colour.mintedTiyn)],
          [t("mealsOffice.programme.facts.balance"), formatTiyn(view.balanceTiyn)],
          [t("mealsOffice.programme.facts.paid"), formatTiyn(view.paidTiyn)],
          [t("mealsOffice.programme.facts.expires"), formatDateTime(colour.expiresAt)],
          [t("mealsOffice.programme.facts.period"), t(`meals.settlementPeriods.${programme.settlementPeriod}`)],
          [t("mealsOffice.programme.facts.state"), t(`mealsOffice.programme.state.${state}`)],
          [t("mealsOffice.programme.facts.ceilings"), programme.ceilings.map((c) => t("mealsOffice.programme.ceiling", { mealType: mealType(c.mealType), amount: formatTiyn(c.ceilingTiyn) })).join("; ")],
        ]}
      />
      <p className="mb-6 text-sm">
        <Link href={`/projects/${colour.projectId}`} className="text-brand-700 hover:underline">
          {colour.projectName}
        </Link>
      </p>

      <section className="mb-8" aria-labelledby="schools-title">
        <div className="mb-2 flex flex-wrap items-end justify-between gap-3">
          <h2 id="schools-title" className="text-lg font-semibold text-slate-900">
            {t("mealsOffice.programme.schoolsTitle", { month: view.month })}
          </h2>
          <form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="month" className="mb-1 block text-sm font-medium text-slate-700">
                {t("mealsOffice.programme.month")}
              </label>
              <input id="month" name="month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" defaultValue={view.month} className="input w-32" />
            </div>
            <button type="submit" className="btn-secondary">
              {t("mealsOffice.programme.show")}
            </button>
          </form>
        </div>
        <DataTable
          locale={locale}
          labelledBy="schools-title"
          rows={view.schools}
          rowKey={(s) => s.id}
          empty={t("mealsOffice.programme.noSchools")}
          columns={[
            { key: "school", header: t("mealsOffice.programme.schoolColumns.school"), cell: (s) => localizedName(locale, s.name, s.nameRu) },
            {
              key: "list",
              header: t("mealsOffice.programme.schoolColumns.list"),
              cell: (s) => (!s.list ? t("mealsOffice.programme.listState.none") : t(s.list.approved ? "mealsOffice.programme.listState.approved" : "mealsOffice.programme.listState.built", { count: s.list.pupils })),
            },
            {
              key: "calendar",
              header: t("mealsOffice.programme.schoolColumns.calendar"),
              cell: (s) => (
                <Link href={`/school-meals/${programmeId}/calendar?school=${s.id}&month=${view.month}`} className="text-brand-700 hover:underline">
                  {t("mealsOffice.programme.calendarLink")}
                </Link>
              ),
            },
          ]}
        />
      </section>

      <section id="contracts" className="mb-8" aria-labelledby="contracts-title">
        <h2 id="contracts-title" className="mb-2 text-lg font-semibold text-slate-900">
          {t("mealsOffice.programme.contractsTitle")}
        </h2>
        <DataTable
          locale={locale}
          labelledBy="contracts-title"
          rows={view.contracts}
          rowKey={(c) => c.id}
          rowTestId="contract-row"
          empty={t("mealsOffice.programme.noContracts")}
          columns={[
            { key: "contract", header: t("mealsOffice.programme.contractColumns.contract"), nowrap: true, cell: (c) => c.number },
            { key: "operator", header: t("mealsOffice.programme.contractColumns.operator"), cell: (c) => `${localizedName(locale, c.operator.name, c.operator.nameRu)} · ${c.operator.bin ?? ""}` },
            { key: "schools", header: t("mealsOffice.programme.contractColumns.schools"), cell: (c) => c.schools.map((s) => localizedName(locale, s.name, s.nameRu)).join(", ") },
            {
              key: "meals",
              header: t("mealsOffice.programme.contractColumns.meals"),
              cell: (c) => c.meals.map((m) => t("mealsOffice.programme.mealLine", { mealType: mealType(m.mealType), tariff: formatTiyn(m.tariffTiyn), from: hhmm(m.servesFromMin), to: hhmm(m.servesToMin) })).join("; "),
            },
            { key: "period", header: t("mealsOffice.programme.contractColumns.period"), nowrap: true, cell: (c) => `${day(c.startsOn)} – ${day(c.endsOn)}` },
            {
              key: "settlements",
              header: t("mealsOffice.programme.contractColumns.settlements"),
              cell: (c) =>
                c.settlements.length === 0 ? (
                  t("mealsOffice.programme.noSettlements")
                ) : (
                  <ul>
                    {c.settlements.map((s) => (
                      <li key={s.id}>
                        <Link href={`/school-meals/${programmeId}/settlements/${s.id}`} className="text-brand-700 hover:underline">
                          {t("mealsOffice.programme.settlementLine", { start: day(s.periodStart), end: day(s.periodEnd), amount: formatTiyn(s.amountTiyn), count: s.mealCount })}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ),
            },
            { key: "settle", header: t("mealsOffice.programme.contractColumns.settle"), cell: (c) => <SettleForm programmeId={programmeId} contractId={c.id} period={t(`meals.settlementPeriods.${programme.settlementPeriod}`)} /> },
          ]}
        />
      </section>

      <AddContractForm
        programmeId={programmeId}
        schools={view.schools.map((s) => ({ id: s.id, name: localizedName(locale, s.name, s.nameRu) }))}
        ceilings={Object.fromEntries(programme.ceilings.map((c) => [c.mealType, formatTiyn(c.ceilingTiyn)]))}
      />

      <section id="disputes" className="mt-8" aria-labelledby="disputes-title">
        <h2 id="disputes-title" className="mb-1 text-lg font-semibold text-slate-900">
          {t("mealsOffice.programme.disputesTitle")}
        </h2>
        <p className="mb-2 text-sm text-slate-600">{t("mealsOffice.programme.disputesIntro")}</p>
        <DataTable
          locale={locale}
          labelledBy="disputes-title"
          rows={disputes.rows}
          pagination={{ page: disputes.page, pages: disputes.pages, total: disputes.total, params: { month: view.month }, basePath: `/school-meals/${programmeId}`, fragment: "disputes" }}
          rowKey={(d) => d.id}
          rowTestId="dispute-row"
          empty={t("mealsOffice.programme.noDisputes")}
          columns={[
            { key: "meal", header: t("mealsOffice.programme.disputeColumns.meal"), cell: (d) => t("mealsOffice.programme.disputeMeal", { mealType: mealType(d.mealType), day: formatDate(new Date(d.day)), id: d.mealId.toString() }) },
            { key: "school", header: t("mealsOffice.programme.disputeColumns.school"), cell: (d) => localizedName(locale, d.school.name, d.school.nameRu) },
            { key: "class", header: t("mealsOffice.programme.disputeColumns.className"), cell: (d) => d.className },
            { key: "opened", header: t("mealsOffice.programme.disputeColumns.opened"), nowrap: true, cell: (d) => formatDateTime(d.openedAt) },
            { key: "decide", header: t("mealsOffice.programme.disputeColumns.decide"), cell: (d) => <ReviewDisputeForm programmeId={programmeId} disputeId={d.id} /> },
          ]}
        />
      </section>
    </>
  );
}
