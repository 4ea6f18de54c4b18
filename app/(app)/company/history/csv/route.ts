import { listCsvRoute } from "../../../list-csv-route";
import { historyTable } from "../history-table";

/** The company's payment history as CSV, with the same filters as the page; other roles get 404, audited. */
export const GET = listCsvRoute("/company/history/csv", historyTable, ["contractor"]);
