import { redirect } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { TextField } from "@/components/text-field";
import { getCurrentSession } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { retryMessage } from "@/lib/i18n/plural";
import { getT, pageTitle } from "@/lib/i18n/server";
import { listSessions } from "@/lib/users/list-sessions";
import { absoluteSeconds, idleSeconds } from "@/lib/users/session-lifetime";
import { endSessionsAction } from "./actions";

export const generateMetadata = pageTitle("sessions.title");

const hours = (seconds: number) => String(Math.round((seconds / 3600) * 10) / 10);

type Search = { ended?: string; refused?: string; wait?: string };

export default async function SessionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  // Every role has an account: only a signed-in session is needed, and it sees only its user's sessions.
  const current = await getCurrentSession();
  if (!current) redirect("/sign-in?next=%2Faccount%2Fsessions");
  const { t, locale } = await getT();
  const { ended, refused, wait } = await searchParams;
  const sessions = await listSessions({ actor: current.actor, currentSessionId: current.sessionId });
  const others = sessions.filter((s) => !s.isCurrent).length;
  const status = ended === "one" ? t("sessions.signedOutOne") : ended === "others" ? t("sessions.signedOutOthers") : null;
  const problem =
    refused === "password" ? t("sessions.passwordWrong") : refused === "throttled" ? retryMessage(t, locale, Math.min(Number(wait) || 1, 86_400)) : null;

  return (
    <>
      <PageHeader title={t("sessions.title")} intro={t("sessions.intro", { idle: hours(idleSeconds()), absolute: hours(absoluteSeconds()) })} />
      {status ? (
        <p className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900" role="status">
          {status}
        </p>
      ) : null}
      {problem ? (
        <p className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" role="alert">
          {problem}
        </p>
      ) : null}
      {/* One form: the password confirms whichever sign-out button is pressed (ASVS 7.5.2). */}
      <form action={endSessionsAction} aria-label={t("sessions.title")}>
        <DataTable
          locale={locale}
          label={t("sessions.tableLabel")}
          rows={sessions}
          rowKey={(s) => s.id}
          rowTestId="session-row"
          empty={null}
          columns={[
            {
              key: "device",
              header: t("sessions.columns.device"),
              className: "font-medium min-w-48",
              cell: (s) => (
                <>
                  {s.device ? t("sessions.device", { browser: s.device.browser, os: s.device.os }) : t("sessions.unknownDevice")}
                  {s.isCurrent ? <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t("sessions.thisSession")}</span> : null}
                </>
              ),
            },
            { key: "address", header: t("sessions.columns.address"), className: "tabular-nums", cell: (s) => (s.address === "unknown" ? t("sessions.unknownAddress") : s.address) },
            { key: "signedIn", header: t("sessions.columns.signedIn"), date: true, cell: (s) => formatDateTime(s.signedInAt) },
            { key: "lastActive", header: t("sessions.columns.lastActive"), date: true, cell: (s) => formatDateTime(s.lastActiveAt) },
            {
              key: "actions",
              header: t("sessions.columns.actions"),
              align: "right",
              sticky: "right",
              cell: (s) =>
                s.isCurrent ? null : (
                  <button type="submit" name="target" value={s.id} className="btn-secondary">
                    {t("sessions.signOut")}
                  </button>
                ),
            },
          ]}
        />
        {others > 0 ? (
          <div className="mt-4 flex flex-wrap items-end gap-4">
            <TextField name="password" type="password" label={t("sessions.password")} hint={t("sessions.passwordHint")} autoComplete="current-password" required className="w-72" />
            <button type="submit" name="target" value="others" className="btn-secondary">
              {t("sessions.signOutOthers")}
            </button>
          </div>
        ) : (
          <p className="mt-4 text-sm text-slate-600">{t("sessions.noOthers")}</p>
        )}
      </form>
    </>
  );
}
