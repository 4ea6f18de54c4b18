import type { Metadata } from "next";
import { MealFiguresTable, MonthForm } from "@/components/meals/meal-figures-table";
import { PageHeader } from "@/components/page-header";
import { firstParams } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { monthKey, publicMealRegions } from "@/lib/meals/meal-figures";
import { figureCells, monthOptions, regionLabel } from "@/lib/meals/meal-figures-view";
import { figuresAsOfText } from "@/lib/public/aggregate-cache";

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
  const rows = [
    ...v.regions.map((r) => ({ key: r.region, name: regionLabel(r.region, locale), href: `/open/meals/${encodeURIComponent(r.region)}${v.month ? `?month=${monthKey(v.month)}` : ""}`, schools: String(r.schools), ...figureCells(r, locale) })),
    ...(v.total && v.regions.length ? [{ key: "total", name: t("mealsOpen.total"), schools: String(v.regions.reduce((s, r) => s + r.schools, 0)), ...figureCells(v.total, locale) }] : []),
  ];
  return (
    <>
      <PageHeader title={t("mealsOpen.title")} intro={t("mealsOpen.intro")} />
      <p className="mb-4 text-sm text-slate-600" data-testid="figures-as-of">
        {figuresAsOfText(figures, locale)}
      </p>
      <MonthForm action="/open/meals" month={v.month ? monthKey(v.month) : ""} options={monthOptions(v.months, locale)} t={t} />
      <section aria-labelledby="meal-regions" className="mb-8">
        <h2 id="meal-regions" className="mb-2 text-lg font-semibold">
          {t("mealsOpen.allRegions")}
        </h2>
        <MealFiguresTable id="meal-regions" rows={rows} first={t("mealsOpen.columns.region")} t={t} locale={locale} withSchools />
      </section>
    </>
  );
}
