import { contractsCsv } from "@/lib/exports/list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** General contracts or subcontracts as the page's filters select them, as an Excel workbook (.xlsx), the same rows as its CSV. */
export const GET = listXlsxRoute("/contracts/xlsx", contractsCsv);
