import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { readInvoiceAct } from "@/lib/invoices/invoice-acts";
import { parseId } from "@/lib/http/parse-id";

/** An act of completed works for the officials deciding on the invoice (and investigators); anyone else: 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  const actor = await getActor();
  const { id, documentId } = await params;
  const invoiceId = parseId(id);
  const docId = parseId(documentId);
  if (!actor || (actor.role !== "official" && actor.role !== "investigator")) {
    await auditRefusal(actor, { what: "route:/invoices/acts", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  if (invoiceId === null || docId === null) return new Response("Not found", { status: 404 });
  try {
    const doc = await readInvoiceAct({ actor, invoiceId, documentId: docId });
    return new Response(new Uint8Array(doc.bytes), {
      headers: {
        "content-type": doc.contentType,
        "content-length": String(doc.sizeBytes),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
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
