import { companiesCsv } from "@/lib/exports/list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** The registry as the page's filters select it, as an Excel workbook (.xlsx), the same rows as its CSV (every official and investigator). */
export const GET = listXlsxRoute("/contractors/xlsx", companiesCsv);
