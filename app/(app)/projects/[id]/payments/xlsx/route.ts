import { projectPaymentsCsv } from "@/lib/exports/more-list-csv";
import { listXlsxRoute } from "../../../../list-csv-route";

/** The project's payments tab as its filters select it, as an Excel workbook (.xlsx), the same rows as its CSV (the project's ministry, Finance, investigators). */
export const GET = listXlsxRoute("/projects/[id]/payments/xlsx", projectPaymentsCsv);
