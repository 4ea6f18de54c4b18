import { companyInvoicesCsv } from "@/lib/exports/company-list-csv";
import { listCsvRoute } from "../../../list-csv-route";

/** The company's issued or incoming invoices as the page's filters select them, as CSV for Excel (its contractors). */
export const GET = listCsvRoute("/company/invoices/csv", companyInvoicesCsv, ["contractor"]);
