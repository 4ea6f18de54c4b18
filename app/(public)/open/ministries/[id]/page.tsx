import type { Metadata } from "next";
import { AreaProfile, areaTitle } from "@/components/open/area-profile";
import { firstParams } from "@/lib/http/search-params";
import { ZPage } from "@/lib/pagination";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return { title: await areaTitle({ kind: "ministry", key: (await params).id }, ZPage.parse(firstParams(await searchParams).page)) };
}

/** A ministry's public profile (issue 16); an unknown or malformed id is a 404. */
export default async function OpenMinistryPage({ params, searchParams }: Props) {
  const key = (await params).id;
  return <AreaProfile area={{ kind: "ministry", key }} page={ZPage.parse(firstParams(await searchParams).page)} basePath={`/open/ministries/${encodeURIComponent(key)}`} />;
}
