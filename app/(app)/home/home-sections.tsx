import Link from "next/link";
import type { TDataColumn, TDataTableProps } from "@/components/data-table";
import { FactList } from "@/components/fact-list";
import { TableSection } from "@/components/table-section";
import { TextLink } from "@/components/text-link";
import { TitledSection } from "@/components/titled-section";
import { auditActionLabel } from "@/lib/audit-log/action-label";
import { formatDate, formatDateTime } from "@/lib/dates";
import type { TTodo } from "@/lib/home/attention";
import type { TOfficialHome, TExpiringColour, TRefusedInvoice } from "@/lib/home/official-home";
import type { TAdminHome, TInvestigatorHome } from "@/lib/home/role-homes";
import { nameIn, projectNamesOf, type TLocale, type TMessageKey, type TProjectNameForms, type TTranslate } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { formatTiyn } from "@/lib/money";
import type { TNotificationView } from "@/lib/notifications/notification-view";

type TCtx = { t: TTranslate; locale: TLocale };

const TONE = { action: "border-l-brand-600", warning: "border-l-amber-500", info: "border-l-slate-300" } as const;

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
    <TitledSection id="home-execution" className="mb-8" title={t("homeBoard.execution.title", { year: String(e.fiscalYear) })} more={{ href: "/budget", label: t("homeBoard.execution.link") }}>
      <FactList
        grid="sm:grid-cols-3"
        facts={[
          [t("homeBoard.execution.appropriated"), formatTiyn(e.appropriated)],
          [t("homeBoard.execution.allocated"), `${formatTiyn(e.allocated)} · ${t("homeBoard.execution.share", { percent: e.shares.allocated })}`],
          [t("homeBoard.execution.paid"), `${formatTiyn(e.paid)} · ${t("homeBoard.execution.share", { percent: e.shares.paid })}`],
        ]}
      />
    </TitledSection>
  );
}

/**
 * The home's tables, worded in the catalogue under `homeBoard.<name>` (title, empty sentence): the anchor that
 * the "what to do" cards link to (lib/home/attention.ts), and the whole list a table is the start of.
 */
const HOME_TABLES = {
  expiring: { id: "expiring" },
  refusals: { id: "refusals" },
  flags: { id: "home-flags", all: { href: "/flags?severity=high&status=open", label: "homeBoard.flags.all" } },
  cases: { id: "home-cases", all: { href: "/cases", label: "homeBoard.cases.all" } },
  locked: { id: "locked" },
  recent: { id: "home-recent", all: { href: "/admin/audit", label: "homeBoard.recent.all" } },
} satisfies Record<string, { id: string; all?: { href: string; label: TMessageKey } }>;

/** One of the home's tables, or its empty sentence. */
function HomeTable<R>({ name, t, table }: { name: keyof typeof HOME_TABLES; t: TTranslate; table: Omit<TDataTableProps<R>, "empty"> }) {
  const spec: { id: string; all?: { href: string; label: TMessageKey } } = HOME_TABLES[name];
  const more = spec.all ? { href: spec.all.href, label: t(spec.all.label) } : undefined;
  return <TableSection id={spec.id} className="mb-8" title={t(`homeBoard.${name}.title`)} emptyText={t(`homeBoard.${name}.empty`)} more={more} table={table} />;
}

/** A row's project, in the reader's language. */
function ProjectName({ row, t, locale }: TCtx & { row: TProjectNameForms }) {
  return <LocalName value={nameIn(locale, projectNamesOf(row))} t={t} />;
}

export function ExpiringColours({ rows, link, t, locale }: TCtx & { rows: TExpiringColour[]; link: (r: TExpiringColour) => string }) {
  const columns: TDataColumn<TExpiringColour>[] = [
    { key: "colour", header: t("homeBoard.expiring.colour"), nowrap: true, cell: (r) => <TextLink href={link(r)}>#{r.colourId}</TextLink> },
    { key: "project", header: t("homeBoard.expiring.project"), cell: (r) => <ProjectName row={r} t={t} locale={locale} /> },
    { key: "expires", header: t("homeBoard.expiring.expires"), date: true, cell: (r) => `${formatDate(r.expiresAt)} · ${t("homeBoard.expiring.daysLeft", { count: r.days })}` },
    { key: "held", header: t("homeBoard.expiring.held"), numeric: true, cell: (r) => formatTiyn(r.heldTiyn) },
  ];
  // A colour that expires within a week is marked.
  const rowClassName = (r: TExpiringColour) => (r.days <= 7 ? "bg-amber-50" : undefined);
  return <HomeTable name="expiring" t={t} table={{ locale, rows, rowKey: (r) => r.colourId, rowClassName, columns }} />;
}

/** The official's invoices whose payment the rules refused lately, each to its page (where the reasons are). */
export function RefusedInvoices({ rows, t, locale }: TCtx & { rows: TRefusedInvoice[] }) {
  const columns: TDataColumn<TRefusedInvoice>[] = [
    { key: "invoice", header: t("homeBoard.refusals.invoice"), nowrap: true, cell: (r) => <TextLink href={`/invoices/${r.invoiceId}`}>{r.number}</TextLink> },
    { key: "project", header: t("homeBoard.refusals.project"), cell: (r) => <ProjectName row={r} t={t} locale={locale} /> },
    { key: "total", header: t("homeBoard.refusals.total"), numeric: true, cell: (r) => formatTiyn(r.totalTiyn) },
    { key: "attempts", header: t("homeBoard.refusals.attempts"), numeric: true, cell: (r) => r.attempts },
    { key: "last", header: t("homeBoard.refusals.last"), date: true, cell: (r) => formatDateTime(r.lastAt) },
  ];
  return <HomeTable name="refusals" t={t} table={{ locale, rows, rowKey: (r) => r.invoiceId, columns }} />;
}

type TFlagRow = TInvestigatorHome["newHighFlags"][number];
type TCaseRow = TInvestigatorHome["myCases"][number];

export function InvestigatorTables({ home, t, locale }: TCtx & { home: TInvestigatorHome }) {
  const tr = t as (k: string) => string;
  const flagColumns: TDataColumn<TFlagRow>[] = [
    { key: "flag", header: t("homeBoard.flags.flag"), nowrap: true, cell: (f) => <TextLink href={`/flags/${f.id}`}>#{f.id}</TextLink> },
    { key: "kind", header: t("homeBoard.flags.kind"), cell: (f) => tr(`flags.kinds.${f.kind}.name`) },
    { key: "project", header: t("homeBoard.flags.project"), cell: (r) => <ProjectName row={r} t={t} locale={locale} /> },
    { key: "score", header: t("homeBoard.flags.score"), numeric: true, cell: (f) => f.score },
    { key: "detected", header: t("homeBoard.flags.detected"), date: true, cell: (f) => formatDateTime(f.firstDetectedAt) },
  ];
  const caseColumns: TDataColumn<TCaseRow>[] = [
    { key: "case", header: t("homeBoard.cases.case"), cell: (c) => <TextLink href={`/cases/${c.id}`}>{c.title}</TextLink> },
    { key: "status", header: t("homeBoard.cases.status"), nowrap: true, cell: (c) => tr(`cases.status.${c.status}`) },
    { key: "updated", header: t("homeBoard.cases.updated"), date: true, cell: (c) => formatDateTime(c.updatedAt) },
  ];
  return (
    <>
      <HomeTable name="flags" t={t} table={{ locale, rows: home.newHighFlags, rowKey: (f) => f.id, columns: flagColumns }} />
      <HomeTable name="cases" t={t} table={{ locale, rows: home.myCases, rowKey: (c) => c.id, columns: caseColumns }} />
    </>
  );
}

type TLockedRow = TAdminHome["locked"][number];
type TAuditRow = TAdminHome["recent"][number];

export function AdminTables({ home, t, locale }: TCtx & { home: TAdminHome }) {
  const lockedColumns: TDataColumn<TLockedRow>[] = [
    { key: "account", header: t("homeBoard.locked.account"), cell: (l) => <TextLink href={`/admin/users?q=${encodeURIComponent(l.email)}`}>{l.email}</TextLink> },
    { key: "address", header: t("homeBoard.locked.address"), className: "font-mono text-xs", cell: (l) => l.address },
    { key: "until", header: t("homeBoard.locked.until"), date: true, cell: (l) => formatDateTime(l.lockedUntil) },
  ];
  const recentColumns: TDataColumn<TAuditRow>[] = [
    { key: "at", header: t("homeBoard.recent.at"), date: true, cell: (e) => formatDateTime(e.at) },
    { key: "who", header: t("homeBoard.recent.who"), cell: (e) => e.actorEmail ?? t("homeBoard.recent.system") },
    { key: "action", header: t("homeBoard.recent.action"), cell: (e) => <span title={e.action}>{auditActionLabel(t, e.action)}</span> },
    { key: "subject", header: t("homeBoard.recent.subject"), className: "max-w-64 break-all", cell: (e) => e.subject ?? "—" },
  ];
  return (
    <>
      <HomeTable name="locked" t={t} table={{ locale, rows: home.locked, rowKey: (l) => `${l.email}|${l.address}`, columns: lockedColumns }} />
      <HomeTable name="recent" t={t} table={{ locale, rows: home.recent, rowKey: (e) => e.id, columns: recentColumns }} />
    </>
  );
}

/** The newest unread notifications (the bell's page has them all). */
export function UnreadNotifications({ rows, t }: { rows: TNotificationView[]; t: TTranslate }) {
  if (rows.length === 0) return null;
  return (
    <TitledSection id="home-unread" className="mb-8" title={t("homeBoard.unread.title")} more={{ href: "/notifications?show=unread", label: t("homeBoard.unread.all") }}>
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
    </TitledSection>
  );
}
