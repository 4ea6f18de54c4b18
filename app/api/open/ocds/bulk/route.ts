import { readBulkIndex } from "@/lib/ocds/bulk";
import { jsonResponse, openDataRoute } from "@/lib/ocds/http";

/** The bulk files index (written by `npm run ocds:bulk`): name, month, size, SHA-256, URL. Anonymous, read-only. */
export async function GET(request: Request) {
  return openDataRoute(request, async () => jsonResponse(await readBulkIndex()));
}
