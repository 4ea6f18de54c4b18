import { auditEventsTable } from "@/lib/exports/audit-and-payments";
import { listCsvRoute } from "../../../list-csv-route";

/** Exactly the rows the viewer's filters select, as CSV (administrators only; anyone else gets 404, audited). */
export const GET = listCsvRoute("/admin/audit/csv", auditEventsTable, ["admin"]);
