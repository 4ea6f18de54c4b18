import extension from "@/lib/ocds/extension/extension.json";
import releaseSchema from "@/lib/ocds/extension/release-schema.json";
import { NotFoundError } from "@/lib/errors";
import { jsonResponse, openDataRoute } from "@/lib/ocds/http";

const FILES: Record<string, unknown> = { "extension.json": extension, "release-schema.json": releaseSchema };

/** The portal's OCDS extension: its extension.json and release-schema.json. Anonymous, read-only. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return openDataRoute(request, async () => {
    const { file } = await params;
    if (!Object.hasOwn(FILES, file)) throw new NotFoundError();
    return jsonResponse(FILES[file], { "cache-control": "public, max-age=3600" });
  });
}
