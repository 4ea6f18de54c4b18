import { NotFoundError } from "@/lib/errors";
import { openBulkFile } from "@/lib/ocds/bulk";
import { openDataRoute } from "@/lib/ocds/http";

/** One monthly bulk file (gzip), with its Last-Modified. Anonymous, read-only; an unknown name is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return openDataRoute(request, async () => {
    const { file } = await params;
    const found = await openBulkFile(file);
    if (!found) throw new NotFoundError();
    return new Response(found.body, {
      headers: {
        "content-type": "application/gzip",
        "content-length": String(found.size),
        "last-modified": found.modified.toUTCString(),
        "content-disposition": `attachment; filename="${file}"`,
        "cache-control": "public, max-age=3600",
        "access-control-allow-origin": "*",
      },
    });
  });
}
