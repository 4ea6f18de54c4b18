import { pageTitle } from "@/lib/i18n/server";
import { almatyDate } from "@/lib/meals/rules";
import { assertCanteenOperator } from "@/lib/meals/scope";
import { operatorRefusals } from "@/lib/meals/operator-lists";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest } from "../../route-helpers";
import { DayHeader, RefusalsTable } from "../day-lists";

export const generateMetadata = pageTitle("mealsCanteen.today.refused");

/** The scans the operator's phones had refused today, each with its reason. */
export default async function CanteenRefusedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  await orNotFound(assertCanteenOperator(actor));
  const day = almatyDate(new Date());
  const page = await orNotFound(operatorRefusals({ actor, day, page: ZPage.parse(sp.page) }));
  return (
    <>
      <DayHeader t={t} day={day} />
      <RefusalsTable t={t} locale={locale} page={page} />
    </>
  );
}
