import { projectsCsv } from "@/lib/exports/list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** The projects list as the page's filters select it, as CSV for Excel (officials: their ministry; investigators: all). */
export const GET = listCsvRoute("/projects/csv", projectsCsv);
