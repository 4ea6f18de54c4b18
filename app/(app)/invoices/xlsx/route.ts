import { invoiceQueueTable } from "@/lib/exports/more-list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** The same rows as the queue's CSV, as an Excel workbook (.xlsx) (officials only; anyone else gets 404, audited). */
export const GET = listXlsxRoute("/invoices/xlsx", invoiceQueueTable, ["official"]);
