import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { auditActionLabel } from "@/lib/audit-log/action-label";
import { AUDIT_CSV_MAX_ROWS, listAuditEvents } from "@/lib/audit-log/list-audit-events";
import { auditFilterParams, parseAuditFilters } from "@/lib/audit-log/filters";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { csvHref, listDownload } from "@/lib/exports/list-filters";
import { getT, pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";

export const generateMetadata = pageTitle("auditLog.title");

type Search = Record<string, string | string[] | undefined>;

/** The audit log for administrators: filters by user, action, object and days; newest first; CSV of the same rows. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireRole("admin");
  const { t, locale } = await getT();
  const sp = await searchParams;
  const filters = parseAuditFilters(sp);
  const page = ZPage.parse(Array.isArray(sp.page) ? sp.page[0] : sp.page);
  const events = await listAuditEvents({ actor, filters, page });
  const params = auditFilterParams(filters);
  const field = (name: keyof typeof params, label: string, type: "text" | "date", placeholder?: string) => (
    <div className={type === "date" ? "" : "min-w-44 flex-1"}>
      <label htmlFor={`audit-${name}`} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={`audit-${name}`} name={name} type={type} defaultValue={params[name]} placeholder={placeholder} maxLength={type === "text" ? 200 : undefined} className="input" />
    </div>
  );

  return (
    <>
      <PageHeader
        title={t("auditLog.title")}
        intro={t("auditLog.intro")}
        download={listDownload(csvHref("/admin/audit/csv", params), t("auditLog.csv"), t("investigate.csv.downloadXlsx"))}
      />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("auditLog.searchLabel")}>
        {field("user", t("auditLog.user"), "text", t("auditLog.userPlaceholder"))}
        {field("action", t("auditLog.action"), "text", t("auditLog.actionPlaceholder"))}
        {field("subject", t("auditLog.subject"), "text", t("auditLog.subjectPlaceholder"))}
        {field("from", t("auditLog.from"), "date")}
        {field("to", t("auditLog.to"), "date")}
        <button type="submit" className="btn-primary">
          {t("auditLog.search")}
        </button>
      </form>
      <DataTable
        locale={locale}
        rows={events.rows}
        rowKey={(e) => e.id.toString()}
        empty={t("auditLog.empty")}
        pagination={{ page: events.page, pages: events.pages, total: events.total, params, basePath: "/admin/audit" }}
        columns={[
          { key: "at", header: t("auditLog.columns.at"), date: true, cell: (e) => formatDateTime(e.at) },
          { key: "user", header: t("auditLog.columns.user"), cell: (e) => (e.actor ? e.actor.email : e.actorId === null ? t("auditLog.system") : t("auditLog.unknownUser", { id: e.actorId })) },
          { key: "action", header: t("auditLog.columns.action"), cell: (e) => (<>{auditActionLabel(t, e.action)}<span className="block font-mono text-xs text-slate-500">{e.action}</span></>) },
          { key: "subject", header: t("auditLog.columns.subject"), className: "max-w-64 break-all", cell: (e) => e.subject ?? "—" },
          { key: "details", header: t("auditLog.columns.details"), className: "max-w-96 font-mono text-xs break-all text-slate-600", cell: (e) => (e.details === null ? "—" : JSON.stringify(e.details).slice(0, 300)) },
        ]}
      />
      <p className="mt-2 text-xs text-slate-500">{t("auditLog.csvLimit", { max: AUDIT_CSV_MAX_ROWS })}</p>
    </>
  );
}
