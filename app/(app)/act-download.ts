import "server-only";
import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { parseId } from "@/lib/http/parse-id";

type TActor = NonNullable<Awaited<ReturnType<typeof getActor>>>;
type TAct = { bytes: Uint8Array; contentType: string; sizeBytes: number; fileName: string; sha256?: string };

const notFound = () => new Response("Not found", { status: 404 });

/**
 * An act of completed works as a download, for both act routes (the officials' and the companies'): a caller whose
 * role may not read acts is refused (audited, `refusedAs`), a malformed id or a document out of the caller's scope
 * reads as 404 (audited against the invoice), and the file goes out as a private, unsniffable attachment.
 */
export async function downloadAct({
  params,
  mayRead,
  refusedAs,
  read,
  etag = false,
}: {
  params: Promise<{ id: string; documentId: string }>;
  mayRead: (actor: TActor) => boolean;
  refusedAs: string;
  read: (args: { actor: TActor; invoiceId: number; documentId: number }) => Promise<TAct>;
  etag?: boolean;
}): Promise<Response> {
  const actor = await getActor();
  const { id, documentId } = await params;
  const invoiceId = parseId(id);
  const docId = parseId(documentId);
  if (!actor || !mayRead(actor)) {
    await auditRefusal(actor, { what: refusedAs, reason: "role" });
    return notFound();
  }
  if (invoiceId === null || docId === null) return notFound();
  try {
    const doc = await read({ actor, invoiceId, documentId: docId });
    return new Response(new Uint8Array(doc.bytes), {
      headers: {
        "content-type": doc.contentType,
        "content-length": String(doc.sizeBytes),
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        ...(etag && doc.sha256 ? { etag: `"${doc.sha256}"` } : {}),
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await auditRefusal(actor, { what: `invoice:${invoiceId}`, reason: "not_found", details: { document: docId } });
      return notFound();
    }
    throw error;
  }
}
