import { flagsCsv } from "@/lib/exports/more-list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** The red-flag queue as its filters select it, as an Excel workbook (.xlsx), the same rows as its CSV (investigators). */
export const GET = listXlsxRoute("/flags/xlsx", flagsCsv, ["investigator"]);
