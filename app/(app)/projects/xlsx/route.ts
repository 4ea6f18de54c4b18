import { projectsCsv } from "@/lib/exports/list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** The projects list as the page's filters select it, as an Excel workbook (.xlsx), the same rows as its CSV (officials: their ministry; investigators: all). */
export const GET = listXlsxRoute("/projects/xlsx", projectsCsv);
