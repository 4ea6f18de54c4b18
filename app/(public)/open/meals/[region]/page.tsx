import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { FiguresAsOf } from "@/components/open/figures-as-of";
import { MealFiguresSection, MonthForm } from "@/components/meals/meal-figures-table";
import { PageHeader } from "@/components/page-header";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { monthKey, publicMealRegion } from "@/lib/meals/meal-figures";
import { monthOptions, regionLabel, schoolFigureRows } from "@/lib/meals/meal-figures-view";

type Props = { params: Promise<{ region: string }>; searchParams: Promise<{ month?: string }> };

const readRegion = cache((region: string, month: string | undefined) => publicMealRegion({ region, month }));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { t, locale } = await getT();
  const region = decodeURIComponent((await params).region);
  const figures = await readRegion(region, firstParams(await searchParams).month);
  return { title: figures ? t("mealsOpen.regionTitle", { region: regionLabel(region, locale) }) : t("open.notFoundTitle") };
}

/** One region's schools with their meal figures, public; a region no school names is a 404. */
export default async function OpenMealsRegionPage({ params, searchParams }: Props) {
  const { t, locale } = await getT();
  const region = decodeURIComponent((await params).region);
  const figures = await readRegion(region, firstParams(await searchParams).month);
  if (!figures) notFound();
  const v = figures.value;
  const path = `/open/meals/${encodeURIComponent(region)}`;
  return (
    <>
      <Link href="/open/meals" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("mealsOpen.allRegions")}
      </Link>
      <PageHeader title={t("mealsOpen.regionTitle", { region: regionLabel(region, locale) })} intro={t("mealsOpen.regionIntro")} />
      <FiguresAsOf asOf={figures} locale={locale} />
      <MonthForm action={path} month={v.month ? monthKey(v.month) : ""} options={monthOptions(v.months, locale)} t={t} />
      <MealFiguresSection id="meal-schools" title={t("mealsOpen.columns.school")} isTitleHidden rows={schoolFigureRows(v, locale)} first={t("mealsOpen.columns.school")} t={t} locale={locale} />
    </>
  );
}
