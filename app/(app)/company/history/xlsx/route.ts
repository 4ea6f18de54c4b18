import { listXlsxRoute } from "../../../list-csv-route";
import { historyTable } from "../history-table";

/** The company's payment history as an Excel workbook (.xlsx): the same rows as its CSV; other roles get 404, audited. */
export const GET = listXlsxRoute("/company/history/xlsx", historyTable, ["contractor"]);
