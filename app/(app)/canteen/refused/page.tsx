import { pageTitle } from "@/lib/i18n/server";
import { CanteenDayPage } from "../day-lists";

export const generateMetadata = pageTitle("mealsCanteen.today.refused");

/** The scans the operator's phones had refused today, each with its reason. */
export default async function CanteenRefusedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CanteenDayPage list="refused" searchParams={searchParams} />;
}
