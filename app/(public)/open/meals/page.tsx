import type { Metadata } from "next";
import { FiguresAsOf } from "@/components/open/figures-as-of";
import { MealFiguresSection, MonthForm } from "@/components/meals/meal-figures-table";
import { PageHeader } from "@/components/page-header";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { monthKey, publicMealRegions } from "@/lib/meals/meal-figures";
import { monthOptions, regionFigureRows } from "@/lib/meals/meal-figures-view";

type Props = { searchParams: Promise<{ month?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("mealsOpen.title") };
}

/** School meals per region, public (issue 18, decision 0208): counts of 1–4 hidden, never a pupil. */
export default async function OpenMealsPage({ searchParams }: Props) {
  const { t, locale } = await getT();
  const figures = await publicMealRegions({ month: firstParams(await searchParams).month });
  const v = figures.value;
  return (
    <>
      <PageHeader title={t("mealsOpen.title")} intro={t("mealsOpen.intro")} />
      <FiguresAsOf asOf={figures} locale={locale} />
      <MonthForm action="/open/meals" month={v.month ? monthKey(v.month) : ""} options={monthOptions(v.months, locale)} t={t} />
      <MealFiguresSection id="meal-regions" title={t("mealsOpen.allRegions")} rows={regionFigureRows(v, locale)} first={t("mealsOpen.columns.region")} t={t} locale={locale} withSchools />
    </>
  );
}
