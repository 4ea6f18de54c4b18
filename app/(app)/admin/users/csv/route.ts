import { usersCsv } from "@/lib/exports/more-list-csv";
import { listCsvRoute } from "../../../list-csv-route";

/** The users as the list's filters select them, as CSV for Excel (administrators). */
export const GET = listCsvRoute("/admin/users/csv", usersCsv, ["admin"]);
