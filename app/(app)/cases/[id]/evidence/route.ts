import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { buildEvidencePack } from "@/lib/cases/evidence-pack";
import { NotFoundError } from "@/lib/errors";
import { parseId } from "@/lib/http/parse-id";

/** The case's evidence pack as one zip download (investigators only; anyone else gets "not found"). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  const id = parseId((await params).id);
  if (!actor || actor.role !== "investigator") {
    await auditRefusal(actor, { what: "route:/cases/evidence", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  if (id === null) return new Response("Not found", { status: 404 });
  try {
    const pack = await buildEvidencePack({ actor, caseId: id });
    return new Response(new Uint8Array(pack.zip), {
      headers: { "content-type": "application/zip", "content-disposition": `attachment; filename="${pack.fileName}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await auditRefusal(actor, { what: `case:${id}`, reason: "not_found" });
      return new Response("Not found", { status: 404 });
    }
    throw error;
  }
}
