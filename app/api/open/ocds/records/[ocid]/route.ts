import { recordByOcid } from "@/lib/ocds/api";
import { baseUrlOf, jsonResponse, openDataRoute } from "@/lib/ocds/http";

/** One contracting process's record (its permanent URL). Anonymous, read-only; an unknown ocid is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ ocid: string }> }) {
  return openDataRoute(request, async () => {
    const { ocid } = await params;
    return jsonResponse(await recordByOcid(ocid, { baseUrl: baseUrlOf(request), uri: new URL(request.url).href }));
  });
}
