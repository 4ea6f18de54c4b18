import { companyInvoicesCsv } from "@/lib/exports/company-list-csv";
import { listXlsxRoute } from "../../../list-csv-route";

/** The company's issued or incoming invoices as the page's filters select them, as an Excel workbook (.xlsx), the same rows as its CSV (its contractors). */
export const GET = listXlsxRoute("/company/invoices/xlsx", companyInvoicesCsv, ["contractor"]);
