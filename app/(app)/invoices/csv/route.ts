import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { almatyDay } from "@/lib/dates";
import { translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { approvalQueueCsv, QUEUE_SORTS } from "@/lib/invoices/list-approval-queue";
import { parseQueueFilters } from "@/lib/invoices/queue-filters";
import { parseSort } from "@/lib/pagination";

const COLUMNS = ["number", "contract", "contractor", "bin", "project", "submitted", "amount", "status"] as const;

/** Exactly the rows the queue's filters select, in its order, as CSV (officials only; anyone else gets 404, audited). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== "official") {
    await auditRefusal(actor, { what: "route:/invoices/csv", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  const { locale } = await getT();
  const search = new URL(request.url).searchParams;
  const { filters } = parseQueueFilters(search);
  const sort = parseSort(search.get("sort") ?? undefined, QUEUE_SORTS, "submitted");
  const body = await approvalQueueCsv({
    actor,
    filters,
    sort,
    header: COLUMNS.map((c) => translate(locale, `invoiceQueue.csvHeader.${c}`)),
    statusLabel: (s) => translate(locale, `invoices.status.${s}`),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="invoices-${almatyDay(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
}
