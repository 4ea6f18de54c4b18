import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { readAct } from "@/lib/invoices/act-documents";
import { NotFoundError } from "@/lib/errors";
import { parseId } from "@/lib/http/parse-id";

/** Downloads an act for the invoice's issuer or payer; any other id or user reads as 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const actor = await getActor();
  const { id, documentId } = await params;
  const invoiceId = parseId(id);
  const docId = parseId(documentId);
  if (!actor || actor.role !== "contractor") {
    await auditRefusal(actor, { what: "route:/company/invoices/acts", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  if (invoiceId === null || docId === null) return new Response("Not found", { status: 404 });
  try {
    const doc = await readAct({ actor, invoiceId, documentId: docId });
    return new Response(new Uint8Array(doc.bytes), {
      headers: {
        "content-type": doc.contentType,
        "content-length": String(doc.sizeBytes),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        etag: `"${doc.sha256}"`,
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await auditRefusal(actor, { what: `invoice:${invoiceId}`, reason: "not_found", details: { document: docId } });
      return new Response("Not found", { status: 404 });
    }
    throw error;
  }
}
