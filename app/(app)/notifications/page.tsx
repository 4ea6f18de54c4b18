import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { firstParams } from "@/lib/http/search-params";
import { getT, pageTitle } from "@/lib/i18n/server";
import { listNotifications, type TNotificationFilter } from "@/lib/notifications/notifications";
import { ZPage } from "@/lib/pagination";
import { MarkAllRead, NotificationActions } from "./notification-forms";

export const generateMetadata = pageTitle("notifications.title");

type Search = Record<string, string | string[] | undefined>;
const FILTERS: readonly TNotificationFilter[] = ["all", "unread"];

/** The signed-in user's own notifications, newest first, 25 a page; unread ones first to the eye (bold). */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireUser();
  const { t, locale } = await getT();
  const sp = firstParams(await searchParams);
  const filter = FILTERS.find((f) => f === sp.show) ?? "all";
  const page = ZPage.parse(sp.page);
  const list = await listNotifications(actor, { page, filter, locale });
  const params = { show: filter === "all" ? undefined : filter };
  return (
    <>
      <PageHeader title={t("notifications.title")} intro={t("notifications.intro")} />
      <nav className="mb-4 flex gap-2" aria-label={t("notifications.filtersLabel")}>
        {FILTERS.map((f) => (
          <Link key={f} href={f === "all" ? "/notifications" : `/notifications?show=${f}`} aria-current={filter === f ? "page" : undefined} className={`rounded-md px-3 py-2 text-sm font-medium ${filter === f ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100"}`}>
            {t(`notifications.filter.${f}`)}
          </Link>
        ))}
      </nav>
      <MarkAllRead disabled={list.total === 0} />
      <DataTable
        locale={locale}
        rows={list.rows}
        rowKey={(n) => n.id}
        rowTestId="notification-row"
        empty={t(filter === "unread" ? "notifications.emptyUnread" : "notifications.empty")}
        pagination={{ page: list.page, pages: list.pages, total: list.total, params, basePath: "/notifications" }}
        rowClassName={(n) => (n.isRead ? "text-slate-600" : "font-medium")}
        columns={[
          { key: "when", header: t("notifications.columns.when"), date: true, cell: (n) => formatDateTime(n.createdAt) },
          { key: "message", header: t("notifications.columns.message"), className: "min-w-72", cell: (n) => t(`notifications.kinds.${n.kind}`, n.params) },
          { key: "status", header: t("notifications.columns.status"), nowrap: true, cell: (n) => t(n.isRead ? "notifications.read" : "notifications.unread") },
          { key: "actions", header: <span className="sr-only">{t("notifications.open")}</span>, sticky: "right", cell: (n) => <NotificationActions id={n.id} isRead={n.isRead} /> },
        ]}
      />
    </>
  );
}
