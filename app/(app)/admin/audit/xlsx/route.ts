import { auditEventsTable } from "@/lib/exports/audit-and-payments";
import { listXlsxRoute } from "../../../list-csv-route";

/** The same rows as the audit log's CSV, as an Excel workbook (.xlsx) (administrators only; anyone else gets 404, audited). */
export const GET = listXlsxRoute("/admin/audit/xlsx", auditEventsTable, ["admin"]);
