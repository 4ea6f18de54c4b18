import { flagsCsv } from "@/lib/exports/more-list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** The red-flag queue as its filters select it, as CSV for Excel (investigators). */
export const GET = listCsvRoute("/flags/csv", flagsCsv, ["investigator"]);
