import { companyContractsCsv } from "@/lib/exports/company-list-csv";
import { listCsvRoute } from "../../../list-csv-route";

/** The company's contracts (held and paid) as the page's filters select them, as CSV for Excel (its contractors). */
export const GET = listCsvRoute("/company/contracts/csv", companyContractsCsv, ["contractor"]);
