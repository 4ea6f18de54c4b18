import Link from "next/link";
import { FactList } from "@/components/fact-list";
import { TableSection } from "@/components/table-section";
import { auditActionLabel } from "@/lib/audit-log/action-label";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { TTodo } from "@/lib/home/attention";
import type { TOfficialHome, TExpiringColour, TRefusedInvoice } from "@/lib/home/official-home";
import type { TAdminHome, TInvestigatorHome } from "@/lib/home/role-homes";
import { nameIn, projectNamesOf, type TLocale, type TTranslate } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { formatTiyn } from "@/lib/money";
import type { TNotificationView } from "@/lib/notifications/notification-view";

type TCtx = { t: TTranslate; locale: TLocale };

const TONE = { action: "border-l-brand-600", warning: "border-l-amber-500", info: "border-l-slate-300" } as const;

/** A home section's heading with the link to the whole list beside it. */
function SectionHeading({ id, title, href, link }: { id: string; title: string; href: string; link: string }) {
  return (
    <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <Link href={href} className="text-sm text-brand-700 hover:underline">
        {link}
      </Link>
    </div>
  );
}

/** A card of the home's "what to do": what it says, where it leads, and its left border's tone. */
export type TTodoCard = { key: string | number; href: string; border: string; body: React.ReactNode };

/** "What to do" as cards that each lead to their page, or a calm sentence when there is nothing. */
export function TodoCards({ id, cards, empty, t }: { id: string; cards: TTodoCard[]; empty: string; t: TTranslate }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-lg font-semibold text-slate-900">
        {t("homeBoard.todoTitle")}
      </h2>
      {cards.length === 0 ? (
        <p className="card p-4 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" data-testid="home-todos">
          {cards.map((card) => (
            <li key={card.key}>
              <Link href={card.href} className={`card flex items-center justify-between gap-3 border-l-4 p-4 hover:border-brand-600 ${card.border}`}>
                {card.body}
                <span className="shrink-0 text-sm text-brand-700" aria-hidden>
                  {t("homeBoard.open")} →
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "What to do": each item a sentence with its count, leading to the filtered list; or a calm empty state. */
export function TodoList({ todos, t }: { todos: TTodo[]; t: TTranslate }) {
  const cards = todos.map((item) => ({
    key: item.key,
    href: item.href,
    border: TONE[item.tone],
    body: <span className="font-medium text-slate-900">{t(`homeBoard.todo.${item.key}`, { count: item.count })}</span>,
  }));
  return <TodoCards id="home-todo" cards={cards} empty={t("homeBoard.nothingToDo")} t={t} />;
}

export function Execution({ execution: e, t }: { execution: TOfficialHome["execution"]; t: TTranslate }) {
  return (
    <section aria-labelledby="home-execution" className="mb-8">
      <SectionHeading id="home-execution" title={t("homeBoard.execution.title", { year: String(e.fiscalYear) })} href="/budget" link={t("homeBoard.execution.link")} />
      <FactList
        grid="sm:grid-cols-3"
        facts={[
          [t("homeBoard.execution.appropriated"), formatTiyn(e.appropriated)],
          [t("homeBoard.execution.allocated"), `${formatTiyn(e.allocated)} · ${t("homeBoard.execution.share", { percent: e.shares.allocated })}`],
          [t("homeBoard.execution.paid"), `${formatTiyn(e.paid)} · ${t("homeBoard.execution.share", { percent: e.shares.paid })}`],
        ]}
      />
    </section>
  );
}

export function ExpiringColours({ rows, link, t, locale }: TCtx & { rows: TExpiringColour[]; link: (r: TExpiringColour) => string }) {
  return (
    <TableSection
      id="expiring"
      className="mb-8"
      title={t("homeBoard.expiring.title")}
      emptyText={t("homeBoard.expiring.empty")}
      table={{
        locale,
        rows,
        rowKey: (r) => r.colourId,
        empty: t("homeBoard.expiring.empty"),
        rowClassName: (r) => (r.days <= 7 ? "bg-amber-50" : undefined),
        columns: [
          { key: "colour", header: t("homeBoard.expiring.colour"), nowrap: true, cell: (r) => <Link href={link(r)} className="text-brand-700 hover:underline">#{r.colourId}</Link> },
          { key: "project", header: t("homeBoard.expiring.project"), cell: (r) => <LocalName value={nameIn(locale, projectNamesOf(r))} t={t} /> },
          { key: "expires", header: t("homeBoard.expiring.expires"), nowrap: true, className: "tabular-nums", cell: (r) => `${formatDate(r.expiresAt)} · ${t("homeBoard.expiring.daysLeft", { count: r.days })}` },
          { key: "held", header: t("homeBoard.expiring.held"), numeric: true, cell: (r) => formatTiyn(r.heldTiyn) },
        ],
      }}
    />
  );
}

/** The official's invoices whose payment the rules refused lately, each to its page (where the reasons are). */
export function RefusedInvoices({ rows, t, locale }: TCtx & { rows: TRefusedInvoice[] }) {
  return (
    <TableSection
      id="refusals"
      className="mb-8"
      title={t("homeBoard.refusals.title")}
      emptyText={t("homeBoard.refusals.empty")}
      table={{
        locale,
        rows,
        rowKey: (r) => r.invoiceId,
        empty: t("homeBoard.refusals.empty"),
        columns: [
          { key: "invoice", header: t("homeBoard.refusals.invoice"), nowrap: true, cell: (r) => <Link href={`/invoices/${r.invoiceId}`} className="text-brand-700 hover:underline">{r.number}</Link> },
          { key: "project", header: t("homeBoard.refusals.project"), cell: (r) => <LocalName value={nameIn(locale, projectNamesOf(r))} t={t} /> },
          { key: "total", header: t("homeBoard.refusals.total"), numeric: true, cell: (r) => formatTiyn(r.totalTiyn) },
          { key: "attempts", header: t("homeBoard.refusals.attempts"), numeric: true, cell: (r) => r.attempts },
          { key: "last", header: t("homeBoard.refusals.last"), nowrap: true, className: "tabular-nums", cell: (r) => formatDateTime(r.lastAt) },
        ],
      }}
    />
  );
}

export function InvestigatorTables({ home, t, locale }: TCtx & { home: TInvestigatorHome }) {
  return (
    <>
      <TableSection
        id="home-flags"
        className="mb-8"
        title={t("homeBoard.flags.title")}
        actions={<Link href="/flags?severity=high&status=open" className="text-sm text-brand-700 hover:underline">{t("homeBoard.flags.all")}</Link>}
        emptyText={t("homeBoard.flags.empty")}
        table={{
          locale,
          rows: home.newHighFlags,
          rowKey: (f) => f.id,
          empty: t("homeBoard.flags.empty"),
          columns: [
            { key: "flag", header: t("homeBoard.flags.flag"), nowrap: true, cell: (f) => <Link href={`/flags/${f.id}`} className="text-brand-700 hover:underline">#{f.id}</Link> },
            { key: "kind", header: t("homeBoard.flags.kind"), cell: (f) => (t as (k: string) => string)(`flags.kinds.${f.kind}.name`) },
            { key: "project", header: t("homeBoard.flags.project"), cell: (f) => <LocalName value={nameIn(locale, projectNamesOf(f))} t={t} /> },
            { key: "score", header: t("homeBoard.flags.score"), numeric: true, cell: (f) => f.score },
            { key: "detected", header: t("homeBoard.flags.detected"), nowrap: true, className: "tabular-nums", cell: (f) => formatDateTime(f.firstDetectedAt) },
          ],
        }}
      />
      <TableSection
        id="home-cases"
        className="mb-8"
        title={t("homeBoard.cases.title")}
        actions={<Link href="/cases" className="text-sm text-brand-700 hover:underline">{t("homeBoard.cases.all")}</Link>}
        emptyText={t("homeBoard.cases.empty")}
        table={{
          locale,
          rows: home.myCases,
          rowKey: (c) => c.id,
          empty: t("homeBoard.cases.empty"),
          columns: [
            { key: "case", header: t("homeBoard.cases.case"), cell: (c) => <Link href={`/cases/${c.id}`} className="text-brand-700 hover:underline">{c.title}</Link> },
            { key: "status", header: t("homeBoard.cases.status"), nowrap: true, cell: (c) => (t as (k: string) => string)(`cases.status.${c.status}`) },
            { key: "updated", header: t("homeBoard.cases.updated"), nowrap: true, className: "tabular-nums", cell: (c) => formatDateTime(c.updatedAt) },
          ],
        }}
      />
    </>
  );
}

export function AdminTables({ home, t, locale }: TCtx & { home: TAdminHome }) {
  return (
    <>
      <TableSection
        id="locked"
        className="mb-8"
        title={t("homeBoard.locked.title")}
        emptyText={t("homeBoard.locked.empty")}
        table={{
          locale,
          rows: home.locked,
          rowKey: (l) => `${l.email}|${l.address}`,
          empty: t("homeBoard.locked.empty"),
          columns: [
            { key: "account", header: t("homeBoard.locked.account"), cell: (l) => <Link href={`/admin/users?q=${encodeURIComponent(l.email)}`} className="text-brand-700 hover:underline">{l.email}</Link> },
            { key: "address", header: t("homeBoard.locked.address"), className: "font-mono text-xs", cell: (l) => l.address },
            { key: "until", header: t("homeBoard.locked.until"), nowrap: true, className: "tabular-nums", cell: (l) => formatDateTime(l.lockedUntil) },
          ],
        }}
      />
      <TableSection
        id="home-recent"
        className="mb-8"
        title={t("homeBoard.recent.title")}
        actions={<Link href="/admin/audit" className="text-sm text-brand-700 hover:underline">{t("homeBoard.recent.all")}</Link>}
        emptyText={t("homeBoard.recent.empty")}
        table={{
          locale,
          rows: home.recent,
          rowKey: (e) => e.id,
          empty: t("homeBoard.recent.empty"),
          columns: [
            { key: "at", header: t("homeBoard.recent.at"), nowrap: true, className: "tabular-nums", cell: (e) => formatDateTime(e.at) },
            { key: "who", header: t("homeBoard.recent.who"), cell: (e) => e.actorEmail ?? t("homeBoard.recent.system") },
            { key: "action", header: t("homeBoard.recent.action"), cell: (e) => <span title={e.action}>{auditActionLabel(t, e.action)}</span> },
            { key: "subject", header: t("homeBoard.recent.subject"), className: "max-w-64 break-all", cell: (e) => e.subject ?? "—" },
          ],
        }}
      />
    </>
  );
}

/** The newest unread notifications (the bell's page has them all). */
export function UnreadNotifications({ rows, t }: { rows: TNotificationView[]; t: TTranslate }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="home-unread" className="mb-8">
      <SectionHeading id="home-unread" title={t("homeBoard.unread.title")} href="/notifications?show=unread" link={t("homeBoard.unread.all")} />
      <ul className="card divide-y divide-slate-100">
        {rows.map((n) => (
          <li key={n.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
            <Link href={n.link} className="text-slate-900 hover:text-brand-700 hover:underline">
              {t(`notifications.kinds.${n.kind}`, n.params)}
            </Link>
            <span className="text-xs text-slate-500 tabular-nums">{formatDateTime(n.createdAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
