import { usersCsv } from "@/lib/exports/more-list-csv";
import { listXlsxRoute } from "../../../list-csv-route";

/** The users as the list's filters select them, as an Excel workbook (.xlsx), the same rows as its CSV (administrators). */
export const GET = listXlsxRoute("/admin/users/xlsx", usersCsv, ["admin"]);
