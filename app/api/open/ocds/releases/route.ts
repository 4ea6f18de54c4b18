import { releasesPage } from "@/lib/ocds/api";
import { baseUrlOf, jsonResponse, openDataRoute } from "@/lib/ocds/http";
import { firstParams } from "@/lib/http/search-params";

/** Release packages in publication order, paged by keyset (links.next). Anonymous, read-only. */
export async function GET(request: Request) {
  return openDataRoute(request, async () => {
    const url = new URL(request.url);
    const sp = firstParams(url.searchParams);
    const base = baseUrlOf(request);
    const pageUrl = (cursor: string) => `${base}/api/open/ocds/releases?${new URLSearchParams({ ...(sp.limit ? { limit: sp.limit } : {}), cursor })}`;
    return jsonResponse(await releasesPage({ cursor: sp.cursor, limit: sp.limit, baseUrl: base, uri: url.href, pageUrl }));
  });
}
