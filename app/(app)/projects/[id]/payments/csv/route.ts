import { projectPaymentsCsv } from "@/lib/exports/more-list-csv";
import { listCsvRoute } from "../../../../list-csv-route";

/** The project's payments tab as its filters select it, as CSV for Excel (the project's ministry, Finance, investigators). */
export const GET = listCsvRoute("/projects/[id]/payments/csv", projectPaymentsCsv);
