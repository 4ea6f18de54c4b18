import { readAct } from "@/lib/invoices/act-documents";
import { downloadAct } from "../../../../../act-download";

/** Downloads an act for the invoice's issuer or payer; any other id or user reads as 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  return downloadAct({ params, mayRead: (actor) => actor.role === "contractor", refusedAs: "route:/company/invoices/acts", read: readAct, etag: true });
}
