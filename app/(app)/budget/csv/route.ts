import { budgetLinesCsv } from "@/lib/exports/more-list-csv";
import { listCsvRoute } from "../../list-csv-route";

/** The budget lines with their figures as the page's filters select them, as CSV for Excel (officials). */
export const GET = listCsvRoute("/budget/csv", budgetLinesCsv, ["official"]);
