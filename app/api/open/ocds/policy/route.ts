import { OcdsBadRequest } from "@/lib/ocds/api";
import { ocdsConfig } from "@/lib/ocds/config";
import { jsonResponse, openDataRoute } from "@/lib/ocds/http";
import { policyMarkdown, publicationPolicy } from "@/lib/ocds/policy";
import { firstParams } from "@/lib/http/search-params";

/** The publication policy (licence, update frequency, endpoints) as JSON, or Markdown with ?format=md. */
export async function GET(request: Request) {
  return openDataRoute(request, async () => {
    const format = firstParams(new URL(request.url).searchParams).format ?? "json";
    const c = ocdsConfig();
    const policy = publicationPolicy({ ocidPrefix: c.OCDS_OCID_PREFIX, burst: c.OCDS_RATE_BURST, perMinute: c.OCDS_RATE_PER_MINUTE });
    if (format === "md") return new Response(policyMarkdown(policy), { headers: { "content-type": "text/markdown; charset=utf-8", "access-control-allow-origin": "*" } });
    if (format !== "json") throw new OcdsBadRequest("format must be json or md");
    return jsonResponse(policy);
  });
}
