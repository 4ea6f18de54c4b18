import { budgetLinesCsv } from "@/lib/exports/more-list-csv";
import { listXlsxRoute } from "../../list-csv-route";

/** The budget lines with their figures as the page's filters select them, as an Excel workbook (.xlsx), the same rows as its CSV (officials). */
export const GET = listXlsxRoute("/budget/xlsx", budgetLinesCsv, ["official"]);
