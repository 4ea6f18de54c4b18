import { releaseById } from "@/lib/ocds/api";
import { baseUrlOf, jsonResponse, openDataRoute } from "@/lib/ocds/http";

/** One release (its permanent URL), in a release package. Anonymous, read-only; an unknown id is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return openDataRoute(request, async () => {
    const { id } = await params;
    return jsonResponse(await releaseById(id, { baseUrl: baseUrlOf(request), uri: new URL(request.url).href }));
  });
}
