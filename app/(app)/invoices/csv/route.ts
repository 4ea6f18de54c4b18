import { invoiceQueueTable } from "@/lib/exports/more-list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** Exactly the rows the queue's filters select, in its order, as CSV (officials only; anyone else gets 404, audited). */
export const GET = listCsvRoute("/invoices/csv", invoiceQueueTable, ["official"]);
