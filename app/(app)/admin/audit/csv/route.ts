import { auditRefusal } from "@/lib/audit";
import { auditEventsCsv } from "@/lib/audit-log/list-audit-events";
import { parseAuditFilters } from "@/lib/audit-log/filters";
import { getActor } from "@/lib/auth";
import { almatyDay } from "@/lib/dates";
import { translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

const COLUMNS = ["id", "at", "user", "action", "subject", "details"] as const;

/** Exactly the rows the viewer's filters select, as CSV (administrators only; anyone else gets 404, audited). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== "admin") {
    await auditRefusal(actor, { what: "route:/admin/audit/csv", reason: "role" });
    return new Response("Not found", { status: 404 });
  }
  const { locale } = await getT();
  const filters = parseAuditFilters(new URL(request.url).searchParams);
  const body = await auditEventsCsv({ actor, filters, header: COLUMNS.map((c) => translate(locale, `auditLog.csvHeader.${c}`)) });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${almatyDay(new Date())}.csv"`,
      "cache-control": "no-store",
    },
  });
}
