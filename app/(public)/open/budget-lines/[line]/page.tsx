import type { Metadata } from "next";
import { AreaProfile, areaTitle } from "@/components/open/area-profile";
import { firstParams } from "@/lib/http/search-params";
import { ZPage } from "@/lib/pagination";

type Props = { params: Promise<{ line: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return { title: await areaTitle({ kind: "budgetLine", key: (await params).line }, ZPage.parse(firstParams(await searchParams).page)) };
}

/** A budget line's public profile (issue 16); an unknown or malformed id or classification is a 404. */
export default async function OpenBudgetLinePage({ params, searchParams }: Props) {
  const key = (await params).line;
  return <AreaProfile area={{ kind: "budgetLine", key }} page={ZPage.parse(firstParams(await searchParams).page)} basePath={`/open/budget-lines/${encodeURIComponent(key)}`} />;
}
