import { companiesCsv } from "@/lib/exports/list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** The registry as the page's filters select it, as CSV for Excel (every official and investigator). */
export const GET = listCsvRoute("/contractors/csv", companiesCsv);
