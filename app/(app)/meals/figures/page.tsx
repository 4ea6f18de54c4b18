import Link from "next/link";
import { MealFiguresTable, MonthForm } from "@/components/meals/meal-figures-table";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { firstParams } from "@/lib/http/search-params";
import { localizedName } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { monthKey, officialMealFigures } from "@/lib/meals/meal-figures";
import { figureCells, monthOptions, regionLabel } from "@/lib/meals/meal-figures-view";

export const generateMetadata = pageTitle("mealsOpen.official.title");

/** The officials' view of the public meal figures: their department's schools, exact (decision 0208). */
export default async function MealFiguresPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requireRole("official", "investigator");
  const { t, locale } = await getT();
  const v = await officialMealFigures({ actor, month: firstParams(await searchParams).month });
  const exact = (f: { eligible: number; meals: number; paidMeals: number; paidTiyn: bigint; averageTiyn: bigint | null; disputes: number }) =>
    figureCells({ eligible: f.eligible, meals: f.meals, paidTiyn: f.paidMeals ? f.paidTiyn : 0n, averageTiyn: f.averageTiyn, disputes: f.disputes }, locale);
  const rows = [
    ...v.schools.map((s) => ({ key: String(s.schoolId), name: `${localizedName(locale, s.name, s.nameRu)} · ${regionLabel(s.region, locale)}`, ...exact(s) })),
    ...(v.schools.length ? [{ key: "total", name: t("mealsOpen.total"), ...exact(v.total) }] : []),
  ];
  return (
    <>
      <PageHeader title={t("mealsOpen.official.title")} intro={t("mealsOpen.official.intro")} />
      <p className="mb-4 text-sm">
        <Link href={`/open/meals${v.month ? `?month=${monthKey(v.month)}` : ""}`} className="text-brand-700 hover:underline">
          {t("mealsOpen.official.publicLink")}
        </Link>
      </p>
      <MonthForm action="/meals/figures" month={v.month ? monthKey(v.month) : ""} options={monthOptions(v.months, locale)} t={t} />
      <section aria-labelledby="meal-figures" className="mb-8">
        <h2 id="meal-figures" className="sr-only">
          {t("mealsOpen.official.title")}
        </h2>
        <MealFiguresTable id="meal-figures" rows={rows} first={t("mealsOpen.columns.school")} t={t} locale={locale} />
      </section>
    </>
  );
}
