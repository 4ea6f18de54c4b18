import { pageTitle } from "@/lib/i18n/server";
import { almatyDate } from "@/lib/meals/rules";
import { assertCanteenOperator } from "@/lib/meals/scope";
import { operatorMeals } from "@/lib/meals/operator-lists";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest } from "../../route-helpers";
import { DayHeader, MealsTable } from "../day-lists";

export const generateMetadata = pageTitle("mealsCanteen.today.title");

/** The meals the operator's contracts recorded today, at its schools only. */
export default async function CanteenTodayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  await orNotFound(assertCanteenOperator(actor));
  const day = almatyDate(new Date());
  const page = await orNotFound(operatorMeals({ actor, day, page: ZPage.parse(sp.page) }));
  return (
    <>
      <DayHeader t={t} day={day} />
      <MealsTable t={t} locale={locale} page={page} />
    </>
  );
}
