import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { companyPaymentsCsv } from "@/lib/contractors/list-company-payments";
import { almatyDay } from "@/lib/dates";
import { translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { ZHistoryFilters } from "../filters";
import { firstParams } from "@/lib/http/search-params";

const COLUMNS = ["id", "at", "direction", "kind", "colour", "project", "counterparty", "bin", "documentType", "document", "amount"] as const;

/** The company's payment history as CSV, with the same filters as the page; other roles get 404. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== "contractor") {
    await auditRefusal(actor, { what: "route:/company/history/csv", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  const { locale } = await getT();
  const f = ZHistoryFilters.parse(firstParams(new URL(request.url).searchParams));
  const body = await companyPaymentsCsv({ actor, ...f, header: COLUMNS.map((c) => translate(locale, `company.history.csvHeader.${c}`)) });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="payments-${almatyDay(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
}
