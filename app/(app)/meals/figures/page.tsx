import Link from "next/link";
import { MealFiguresSection, MonthForm } from "@/components/meals/meal-figures-table";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { firstParams } from "@/lib/http/search-params";
import { getT, pageTitle } from "@/lib/i18n/server";
import { monthKey, officialMealFigures } from "@/lib/meals/meal-figures";
import { monthOptions, officialFigureRows } from "@/lib/meals/meal-figures-view";

export const generateMetadata = pageTitle("mealsOpen.official.title");

/** The officials' view of the public meal figures: their department's schools, exact (decision 0208). */
export default async function MealFiguresPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const actor = await requireRole("official", "investigator");
  const { t, locale } = await getT();
  const v = await officialMealFigures({ actor, month: firstParams(await searchParams).month });
  return (
    <>
      <PageHeader title={t("mealsOpen.official.title")} intro={t("mealsOpen.official.intro")} />
      <p className="mb-4 text-sm">
        <Link href={`/open/meals${v.month ? `?month=${monthKey(v.month)}` : ""}`} className="text-brand-700 hover:underline">
          {t("mealsOpen.official.publicLink")}
        </Link>
      </p>
      <MonthForm action="/meals/figures" month={v.month ? monthKey(v.month) : ""} options={monthOptions(v.months, locale)} t={t} />
      <MealFiguresSection id="meal-figures" title={t("mealsOpen.official.title")} isTitleHidden rows={officialFigureRows(v, locale)} first={t("mealsOpen.columns.school")} t={t} locale={locale} />
    </>
  );
}
