import { pageTitle } from "@/lib/i18n/server";
import { CanteenDayPage } from "../day-lists";

export const generateMetadata = pageTitle("mealsCanteen.today.title");

/** The meals the operator's contracts recorded today, at its schools only. */
export default async function CanteenTodayPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CanteenDayPage list="meals" searchParams={searchParams} />;
}
