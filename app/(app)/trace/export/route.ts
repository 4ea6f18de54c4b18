import { auditRead, auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import { csvDecimal, toCsv } from "@/lib/csv";
import { NotFoundError } from "@/lib/errors";
import { tiynToDecimalString } from "@/lib/money";
import { parseDirection, parseTraceSubject } from "@/lib/trace/subject";
import { traceMoney } from "@/lib/trace/trace";
import { firstParams } from "@/lib/http/search-params";

const notFound = () => new Response("Not found", { status: 404 });

/** The trace as a download: links or transfers as CSV, or everything as JSON (amounts as tiyn strings). */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor || actor.role !== "investigator") {
    await auditRefusal(actor, { what: "route:/trace/export", reason: "role" });
    return notFound();
  }
  const sp = firstParams(new URL(request.url).searchParams);
  const subject = parseTraceSubject(sp.subject);
  const direction = parseDirection(sp.direction);
  const format = sp.format;
  if (!subject || !["csv", "transfers-csv", "json"].includes(format ?? "")) return notFound();
  let trace;
  try {
    trace = await traceMoney({ actor, subject, direction });
  } catch (error) {
    if (error instanceof NotFoundError) {
      await auditRefusal(actor, { what: `trace:${subject.kind}:${subject.id}`, reason: "not_found" });
      return notFound();
    }
    throw error;
  }
  await auditRead(actor, "trace.export", `${subject.kind}:${subject.id}`, { direction, format });
  const name = `trace-${subject.kind}-${subject.id}-${direction}`;
  const label = new Map(trace.nodes.map((n) => [n.key, n.label]));
  if (format === "json") {
    const body = JSON.stringify(trace, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2);
    return new Response(body, { headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${name}.json"` } });
  }
  const rows =
    format === "csv"
      ? [["from", "from_name", "to", "to_name", "amount_kzt", "transfers"], ...trace.links.map((l) => [l.from, label.get(l.from), l.to, label.get(l.to), csvDecimal(tiynToDecimalString(l.amountTiyn)), l.transfers])]
      : [
          ["transfer", "created_at", "colour", "kind", "from", "from_name", "to", "to_name", "amount_kzt", "traced_kzt", "document_type", "document_id"],
          ...trace.transfers.map((t) => [t.id, t.createdAt.toISOString(), t.colourId, t.kind, t.from, label.get(t.from), t.to, label.get(t.to), csvDecimal(tiynToDecimalString(t.amountTiyn)), csvDecimal(tiynToDecimalString(t.tracedTiyn)), t.documentType, t.documentId]),
        ];
  return new Response(toCsv(rows), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}${format === "csv" ? "" : "-transfers"}.csv"` },
  });
}
