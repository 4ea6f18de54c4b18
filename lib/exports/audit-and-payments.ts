import "server-only";
import type { TActor } from "../actor";
import { auditEventsForExport } from "../audit-log/list-audit-events";
import { parseAuditFilters } from "../audit-log/filters";
import { companyPaymentsForExport } from "../contractors/list-company-payments";
import { almatyDay } from "../dates";
import { translate, type TLocale } from "../i18n";
import { listTable, money, type TListTable } from "./list-table";

// The audit log and a company's payment history on the shared list table (decision 0274): one table, written as CSV
// or .xlsx by their routes. Both keep the columns their CSV always had, machine headers included ("time_utc",
// "amount_kzt"): the time is the exact UTC instant as ISO 8601 text (an audit trail and a reconciliation want the
// millisecond, which a MomentCell's Almaty minute would drop); amounts are money cells, so the CSV still reads
// "-6000000.00" and the workbook holds a number in tenge. Text cells are defused by the writers.

const AUDIT_COLUMNS = ["id", "at", "user", "action", "subject", "details"] as const;

/** Exactly the rows the audit log's filters select, newest first (administrators only; recorded as a download). */
export async function auditEventsTable({ actor, params, locale }: { actor: TActor; params: Record<string, string | undefined>; locale: TLocale }): Promise<TListTable> {
  const rows = await auditEventsForExport({ actor, filters: parseAuditFilters(params) });
  return listTable(
    AUDIT_COLUMNS.map((c) => translate(locale, `auditLog.csvHeader.${c}`)),
    rows.map((r) => [r.id, r.at.toISOString(), r.actor?.email ?? (r.actorId === null ? "" : `#${r.actorId}`), r.action, r.subject, r.details === null ? "" : JSON.stringify(r.details)]),
    `audit-${almatyDay(new Date())}`,
  );
}

const PAYMENT_COLUMNS = ["id", "at", "direction", "kind", "colour", "project", "counterparty", "bin", "documentType", "document", "amount"] as const;

/** The caller's company's payments as the history's filters select them; direction and kind as codes, out negative. */
export async function companyPaymentsTable({ actor, q, direction, colourId, locale }: { actor: TActor; q?: string; direction?: "in" | "out"; colourId?: number; locale: TLocale }): Promise<TListTable> {
  const rows = await companyPaymentsForExport({ actor, q, direction, colourId });
  return listTable(
    PAYMENT_COLUMNS.map((c) => translate(locale, `company.history.csvHeader.${c}`)),
    rows.map((r) => [
      r.transferId,
      r.at.toISOString(),
      r.direction,
      r.kind,
      r.colourId,
      r.projectName,
      r.counterparty.kind === "exit" ? `exit:${r.counterparty.exit}` : (r.counterparty.name ?? ""),
      r.counterparty.bin ?? "",
      r.documentType,
      r.invoiceNumber ?? r.documentId,
      money(r.direction === "out" ? -r.amountTiyn : r.amountTiyn),
    ]),
    `payments-${almatyDay(new Date())}`,
  );
}
