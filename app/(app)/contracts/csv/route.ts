import { contractsCsv } from "@/lib/exports/list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** General contracts or subcontracts as the page's filters select them, as CSV for Excel. */
export const GET = listCsvRoute("/contracts/csv", contractsCsv);
