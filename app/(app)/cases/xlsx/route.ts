import { casesCsv } from "@/lib/exports/more-list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** The cases as the list's filters select them, as an Excel workbook (.xlsx), the same rows as its CSV (investigators). */
export const GET = listXlsxRoute("/cases/xlsx", casesCsv, ["investigator"]);
