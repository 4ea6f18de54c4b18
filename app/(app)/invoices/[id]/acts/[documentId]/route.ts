import { readInvoiceAct } from "@/lib/invoices/invoice-acts";
import { downloadAct } from "../../../../act-download";

/** An act of completed works for the officials deciding on the invoice (and investigators); anyone else: 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; documentId: string }> }) {
  return downloadAct({ params, mayRead: (actor) => actor.role === "official" || actor.role === "investigator", refusedAs: "route:/invoices/acts", read: readInvoiceAct });
}
