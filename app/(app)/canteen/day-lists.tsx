import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { TabLinks } from "@/components/tab-links";
import { formatDate, formatTime } from "@/lib/dates";
import { localizedName, type TLocale, type TTranslate } from "@/lib/i18n";
import type { TOperatorMeal, TOperatorRefusal } from "@/lib/meals/operator-lists";
import { refusalText } from "@/lib/meals/refusal-text";
import type { TPage } from "@/lib/pagination";

// The operator's day at its schools (decision 0197): two lists, one path each, under one header.


export function DayHeader({ t, day }: { t: TTranslate; day: Date }) {
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
      <TabLinks
        label={t("mealsCanteen.today.tabsLabel")}
        items={[
          { href: "/canteen/today", label: t("mealsCanteen.today.meals") },
          { href: "/canteen/refused", label: t("mealsCanteen.today.refused") },
        ]}
      />
    </>
  );
}

export function MealsTable({ t, locale, page }: { t: TTranslate; locale: TLocale; page: TPage<TOperatorMeal> }) {
  return (
    <DataTable
      locale={locale}
      label={t("mealsCanteen.today.meals")}
      rows={page.rows}
      rowKey={(r) => String(r.id)}
      rowTestId="canteen-meal"
      empty={t("mealsCanteen.today.emptyMeals")}
      columns={[
        { key: "time", header: t("mealsCanteen.today.time"), cell: (r) => formatTime(r.servedAt), nowrap: true },
        { key: "school", header: t("mealsCanteen.today.school"), cell: (r) => localizedName(locale, r.school.name, r.school.nameRu) },
        { key: "mealType", header: t("mealsCanteen.today.mealType"), cell: (r) => t(`meals.mealTypes.${r.mealType}`) },
        { key: "device", header: t("mealsCanteen.today.device"), cell: (r) => r.device, className: "font-mono text-xs" },
      ]}
      pagination={{ page: page.page, pages: page.pages, total: page.total, params: {}, basePath: "/canteen/today" }}
    />
  );
}

export function RefusalsTable({ t, locale, page }: { t: TTranslate; locale: TLocale; page: TPage<TOperatorRefusal> }) {
  const reason = (r: TOperatorRefusal) => refusalText(t, r.code, r.params, () => (r.school ? localizedName(locale, r.school.name, r.school.nameRu) : undefined));
  return (
    <DataTable
      locale={locale}
      label={t("mealsCanteen.today.refused")}
      rows={page.rows}
      rowKey={(r) => String(r.id)}
      rowTestId="canteen-refusal"
      empty={t("mealsCanteen.today.emptyRefused")}
      columns={[
        { key: "time", header: t("mealsCanteen.today.time"), cell: (r) => formatTime(r.scannedAt), nowrap: true },
        { key: "school", header: t("mealsCanteen.today.school"), cell: (r) => (r.school ? localizedName(locale, r.school.name, r.school.nameRu) : "—") },
        { key: "mealType", header: t("mealsCanteen.today.mealType"), cell: (r) => (r.mealType ? t(`meals.mealTypes.${r.mealType}`) : "—") },
        { key: "reason", header: t("mealsCanteen.today.reason"), cell: reason, className: "min-w-[16rem]" },
        { key: "device", header: t("mealsCanteen.today.device"), cell: (r) => r.device, className: "font-mono text-xs" },
      ]}
      pagination={{ page: page.page, pages: page.pages, total: page.total, params: {}, basePath: "/canteen/refused" }}
    />
  );
}
