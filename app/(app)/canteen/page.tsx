import { PageHeader } from "@/components/page-header";
import { ForbiddenError } from "@/lib/errors";
import { localizedName } from "@/lib/i18n";
import { pageTitle } from "@/lib/i18n/server";
import { almatyDate } from "@/lib/meals/rules";
import { assertCanteenOperator } from "@/lib/meals/scope";
import { operatorSchools } from "@/lib/meals/views";
import { orNotFound, pageRequest } from "../route-helpers";
import { CanteenScanner } from "./scanner";
import Link from "next/link";

export const generateMetadata = pageTitle("mealsCanteen.canteen.title");

/** The canteen's scanner (issue 18, decision 0196): a contractor of an operator company, at the schools its contracts cover today. */
export default async function CanteenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, t, locale } = await pageRequest("contractor", searchParams);
  await orNotFound(assertCanteenOperator(actor));
  const covered = await operatorSchools({ actor, day: almatyDate(new Date()) }).catch((error: unknown) => {
    if (error instanceof ForbiddenError) return [];
    throw error;
  });
  const schools = covered.map(({ school, meals }) => ({
    id: school.id,
    name: localizedName(locale, school.name, school.nameRu),
    mealTypes: [...new Set(meals.map((m) => m.mealType))].sort(),
  }));
  return (
    <>
      <PageHeader
        title={t("mealsCanteen.canteen.title")}
        intro={t("mealsCanteen.canteen.intro")}
        actions={
          <Link href="/canteen/today" className="btn-secondary">
            {t("mealsCanteen.canteen.todayLink")}
          </Link>
        }
      />
      {schools.length === 0 ? <p className="card p-4 text-sm text-slate-700">{t("mealsCanteen.canteen.noSchools")}</p> : <CanteenScanner schools={schools} />}
    </>
  );
}
