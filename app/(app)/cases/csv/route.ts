import { casesCsv } from "@/lib/exports/more-list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** The cases as the list's filters select them, as CSV for Excel (investigators). */
export const GET = listCsvRoute("/cases/csv", casesCsv, ["investigator"]);
