import Link from "next/link";
import { DataTable, type TDataColumn } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { TabLinks } from "@/components/tab-links";
import { formatDate, formatTime } from "@/lib/dates";
import { localizedName, type TLocale, type TMessageKey, type TTranslate } from "@/lib/i18n";
import { operatorMeals, operatorRefusals, type TOperatorMeal, type TOperatorRefusal } from "@/lib/meals/operator-lists";
import { almatyDate } from "@/lib/meals/rules";
import { assertCanteenOperator } from "@/lib/meals/scope";
import { refusalText } from "@/lib/meals/refusal-text";
import { ZPage, type TPage } from "@/lib/pagination";
import { orNotFound, pageRequest } from "../route-helpers";

// The operator's day at its schools (decision 0197): two lists, one path each, under one header.

/** The day's two lists: their path (and tab), their name, their empty sentence and the test id of their rows. */
const DAY_LISTS = {
  meals: { href: "/canteen/today", label: "mealsCanteen.today.meals", empty: "mealsCanteen.today.emptyMeals", testId: "canteen-meal" },
  refused: { href: "/canteen/refused", label: "mealsCanteen.today.refused", empty: "mealsCanteen.today.emptyRefused", testId: "canteen-refusal" },
} satisfies Record<string, { href: string; label: TMessageKey; empty: TMessageKey; testId: string }>;

type TDayList = keyof typeof DAY_LISTS;

function DayHeader({ t, day }: { t: TTranslate; day: Date }) {
  return (
    <>
      <PageHeader
        title={t("mealsCanteen.today.title")}
        intro={t("mealsCanteen.today.intro", { day: formatDate(new Date(day.getTime() + 5 * 3_600_000)) })}
        actions={
          <Link href="/canteen" className="btn-secondary">
            {t("mealsCanteen.today.scanner")}
          </Link>
        }
      />
      <TabLinks label={t("mealsCanteen.today.tabsLabel")} items={Object.values(DAY_LISTS).map((l) => ({ href: l.href, label: t(l.label) }))} />
    </>
  );
}

/** One page of one of the day's lists. */
function DayTable<R extends { id: bigint | number }>({ list, page, columns, t, locale }: { list: TDayList; page: TPage<R>; columns: TDataColumn<R>[]; t: TTranslate; locale: TLocale }) {
  const { href, label, empty, testId } = DAY_LISTS[list];
  const pagination = { page: page.page, pages: page.pages, total: page.total, params: {}, basePath: href };
  return <DataTable locale={locale} label={t(label)} rows={page.rows} rowKey={(r) => String(r.id)} rowTestId={testId} empty={t(empty)} columns={columns} pagination={pagination} />;
}

function MealsTable({ t, locale, page }: { t: TTranslate; locale: TLocale; page: TPage<TOperatorMeal> }) {
  const columns: TDataColumn<TOperatorMeal>[] = [
    { key: "time", header: t("mealsCanteen.today.time"), cell: (r) => formatTime(r.servedAt), nowrap: true },
    { key: "school", header: t("mealsCanteen.today.school"), cell: (r) => localizedName(locale, r.school.name, r.school.nameRu) },
    { key: "mealType", header: t("mealsCanteen.today.mealType"), cell: (r) => t(`meals.mealTypes.${r.mealType}`) },
    { key: "device", header: t("mealsCanteen.today.device"), cell: (r) => r.device, className: "font-mono text-xs" },
  ];
  return <DayTable list="meals" page={page} columns={columns} t={t} locale={locale} />;
}

function RefusalsTable({ t, locale, page }: { t: TTranslate; locale: TLocale; page: TPage<TOperatorRefusal> }) {
  const school = (r: TOperatorRefusal) => (r.school ? localizedName(locale, r.school.name, r.school.nameRu) : undefined);
  const columns: TDataColumn<TOperatorRefusal>[] = [
    { key: "time", header: t("mealsCanteen.today.time"), cell: (r) => formatTime(r.scannedAt), nowrap: true },
    { key: "school", header: t("mealsCanteen.today.school"), cell: (r) => school(r) ?? "—" },
    { key: "mealType", header: t("mealsCanteen.today.mealType"), cell: (r) => (r.mealType ? t(`meals.mealTypes.${r.mealType}`) : "—") },
    { key: "reason", header: t("mealsCanteen.today.reason"), cell: (r) => refusalText(t, r.code, r.params, () => school(r)), className: "min-w-[16rem]" },
    { key: "device", header: t("mealsCanteen.today.device"), cell: (r) => r.device, className: "font-mono text-xs" },
  ];
  return <DayTable list="refused" page={page} columns={columns} t={t} locale={locale} />;
}

/**
 * The page of one of the operator's lists of today, at its schools only: the meals its contracts recorded, or the
 * scans its phones had refused, each with its reason.
 */
export async function CanteenDayPage({ list, searchParams }: { list: TDayList; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  await orNotFound(assertCanteenOperator(actor));
  const day = almatyDate(new Date());
  const query = { actor, day, page: ZPage.parse(sp.page) };
  const table =
    list === "meals" ? (
      <MealsTable t={t} locale={locale} page={await orNotFound(operatorMeals(query))} />
    ) : (
      <RefusalsTable t={t} locale={locale} page={await orNotFound(operatorRefusals(query))} />
    );
  return (
    <>
      <DayHeader t={t} day={day} />
      {table}
    </>
  );
}
