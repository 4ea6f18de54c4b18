import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { EmptyRow } from "@/components/search-bar";
import { AUDIT_CSV_MAX_ROWS, listAuditEvents } from "@/lib/audit-log/list-audit-events";
import { auditFilterParams, parseAuditFilters } from "@/lib/audit-log/filters";
import { requireRole } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("auditLog.title") };
}

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
  const csv = `/admin/audit/csv?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]))}`;
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
        actions={
          <a href={csv} className="btn-secondary" download>
            {t("auditLog.csv")}
          </a>
        }
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
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {(["at", "user", "action", "subject", "details"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-left font-medium">
                  {t(`auditLog.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.rows.length === 0 ? (
              <EmptyRow colSpan={5} message={t("auditLog.empty")} />
            ) : (
              events.rows.map((e) => (
                <tr key={e.id.toString()}>
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDateTime(e.at)}</td>
                  <td className="px-3 py-2">{e.actor ? e.actor.email : e.actorId === null ? t("auditLog.system") : t("auditLog.unknownUser", { id: e.actorId })}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                  <td className="max-w-64 px-3 py-2 break-all">{e.subject ?? "—"}</td>
                  <td className="max-w-96 px-3 py-2 font-mono text-xs break-all text-slate-600">{e.details === null ? "—" : JSON.stringify(e.details).slice(0, 300)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={events.page} pages={events.pages} total={events.total} params={params} basePath="/admin/audit" />
      <p className="mt-2 text-xs text-slate-500">{t("auditLog.csvLimit", { max: AUDIT_CSV_MAX_ROWS })}</p>
    </>
  );
}
