import Link from "next/link";
import { TableSection } from "@/components/table-section";
import { formatDate, formatDateTime, formatMonth } from "@/lib/dates";
import { localizedName, type TLocale, type TTranslate } from "@/lib/i18n";
import type { mealProgrammeView, openMealDisputes } from "@/lib/meals/office-screens";
import { formatTiyn } from "@/lib/money";
import { ReviewDisputeForm, SettleForm } from "./programme-forms";

// The programme page's sections (decision 0201): schools with the month's lists, canteen contracts, open disputes.

type TView = Awaited<ReturnType<typeof mealProgrammeView>>;
type TProps = { view: TView; programmeId: number; t: TTranslate; locale: TLocale };

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const day = (d: Date) => formatDate(d);
const mealTypeOf = (t: TTranslate, m: string) => t(`meals.mealTypes.${m as "breakfast" | "lunch"}`);

export function SchoolsSection({ view, programmeId, t, locale }: TProps) {
  return (
    <TableSection
      id="schools-title"
      title={t("mealsOffice.programme.schoolsTitle", { month: formatMonth(view.month, locale) })}
      actions={<MonthForm month={view.month} t={t} />}
      className="mb-8"
      table={{
        locale,
        rows: view.schools,
        rowKey: (s) => s.id,
        empty: t("mealsOffice.programme.noSchools"),
        columns: [
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
        ],
      }}
    />
  );
}

/** The month whose lists the schools' table shows: a GET form, so a month has its own address. */
function MonthForm({ month, t }: { month: string; t: TTranslate }) {
  return (
    <form method="get" className="flex items-end gap-2">
      <div>
        <label htmlFor="month" className="mb-1 block text-sm font-medium text-slate-700">
          {t("mealsOffice.programme.month")}
        </label>
        <input id="month" name="month" type="text" inputMode="numeric" pattern="\d{4}-\d{2}" defaultValue={month} className="input w-32" />
      </div>
      <button type="submit" className="btn-secondary">
        {t("mealsOffice.programme.show")}
      </button>
    </form>
  );
}

export function ContractsSection({ view, programmeId, t, locale }: TProps) {
  const { programme } = view;
  const mealType = (m: string) => mealTypeOf(t, m);
  // The heading's id is the fragment a new contract comes back to (#contracts).
  return (
    <TableSection
      id="contracts"
      title={t("mealsOffice.programme.contractsTitle")}
      className="mb-8"
      table={{
        locale,
        rows: view.contracts,
        rowKey: (c) => c.id,
        rowTestId: "contract-row",
        empty: t("mealsOffice.programme.noContracts"),
        columns: [
          { key: "contract", header: t("mealsOffice.programme.contractColumns.contract"), nowrap: true, cell: (c) => c.number },
          { key: "operator", header: t("mealsOffice.programme.contractColumns.operator"), cell: (c) => `${localizedName(locale, c.operator)} · ${c.operator.bin ?? ""}` },
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
        ],
      }}
    />
  );
}

export function DisputesSection({ disputes, programmeId, month, t, locale }: { disputes: Awaited<ReturnType<typeof openMealDisputes>>; programmeId: number; month: string; t: TTranslate; locale: TLocale }) {
  const mealType = (m: string) => mealTypeOf(t, m);
  // The heading's id is the fragment a decided dispute and the pages of the list come back to (#disputes).
  return (
    <TableSection
      id="disputes"
      title={t("mealsOffice.programme.disputesTitle")}
      description={t("mealsOffice.programme.disputesIntro")}
      className="mt-8"
      table={{
        locale,
        rows: disputes.rows,
        pagination: { page: disputes.page, pages: disputes.pages, total: disputes.total, params: { month }, basePath: `/school-meals/${programmeId}`, fragment: "disputes" },
        rowKey: (d) => d.id,
        rowTestId: "dispute-row",
        empty: t("mealsOffice.programme.noDisputes"),
        columns: [
          { key: "meal", header: t("mealsOffice.programme.disputeColumns.meal"), cell: (d) => t("mealsOffice.programme.disputeMeal", { mealType: mealType(d.mealType), day: formatDate(new Date(d.day)), id: d.mealId.toString() }) },
          { key: "school", header: t("mealsOffice.programme.disputeColumns.school"), cell: (d) => localizedName(locale, d.school.name, d.school.nameRu) },
          { key: "class", header: t("mealsOffice.programme.disputeColumns.className"), cell: (d) => d.className },
          { key: "opened", header: t("mealsOffice.programme.disputeColumns.opened"), nowrap: true, cell: (d) => formatDateTime(d.openedAt) },
          { key: "decide", header: t("mealsOffice.programme.disputeColumns.decide"), cell: (d) => <ReviewDisputeForm programmeId={programmeId} disputeId={d.id} /> },
        ],
      }}
    />
  );
}
