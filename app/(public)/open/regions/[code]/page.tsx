import type { Metadata } from "next";
import { AreaProfile, areaTitle } from "@/components/open/area-profile";
import { firstParams } from "@/lib/http/search-params";
import { ZPage } from "@/lib/pagination";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return { title: await areaTitle({ kind: "region", key: (await params).code }, ZPage.parse(firstParams(await searchParams).page)) };
}

/** A region's public profile (issue 16); an unknown or malformed code is a 404. */
export default async function OpenRegionPage({ params, searchParams }: Props) {
  const key = (await params).code;
  return <AreaProfile area={{ kind: "region", key }} page={ZPage.parse(firstParams(await searchParams).page)} basePath={`/open/regions/${encodeURIComponent(key)}`} />;
}
