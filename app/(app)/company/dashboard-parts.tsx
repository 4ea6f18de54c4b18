import Link from "next/link";
import type { TDataColumn } from "@/components/data-table";
import { TextLink } from "@/components/text-link";
import { TableSection } from "@/components/table-section";
import type { companyDashboard } from "@/lib/contractors/company-dashboard";
import { formatDate, formatDateTime } from "@/lib/dates";
import { localizedName, nameIn, projectNamesOf, type TLocale, type TTranslate } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { describeViolation } from "@/lib/i18n/rule-present";
import { formatTiyn, percent } from "@/lib/money";
import type { TRuleCode } from "@/lib/rules/types";

type TDashboard = Awaited<ReturnType<typeof companyDashboard>>;

const STATUSES = ["draft", "submitted", "approved", "paid", "rejected", "withdrawn"] as const;

function refusedDocument(r: TDashboard["warnings"]["refused"][number], t: TTranslate) {
  if (r.invoiceNumber) return t("company.dashboard.refusedInvoice", { number: r.invoiceNumber });
  if (r.documentType === "invoice_submission") return t("company.dashboard.refusedSubmission");
  if (r.documentType.startsWith("exit_")) return t("company.dashboard.refusedExit");
  return t("company.dashboard.refusedOther");
}

/** Colours about to expire and refused attempts, or a line saying there are none. */
export function DashboardWarnings({ d, t, locale }: { d: TDashboard; t: TTranslate; locale: TLocale }) {
  const hasWarnings = d.warnings.expiring.length > 0 || d.warnings.refused.length > 0;
  return (
    <section aria-labelledby="warnings" className={`card mb-6 p-4 ${hasWarnings ? "border-amber-300 bg-amber-50" : ""}`}>
      <h2 id="warnings" className="mb-2 text-sm font-semibold text-slate-800">
        {t("company.dashboard.warningsTitle")}
      </h2>
      {hasWarnings ? (
        <ul className="space-y-1 text-sm">
          {d.warnings.expiring.map((w) => (
            <li key={`e${w.colourId}`} className="text-amber-900">
              ⚠ {t("company.dashboard.expiring", { colour: w.colourId, project: localizedName(locale, projectNamesOf(w)), date: formatDate(w.expiresAt), days: w.days, amount: formatTiyn(w.balanceTiyn) })}
            </li>
          ))}
          {d.warnings.refused.map((r) => (
            <li key={`r${r.id}`} className="text-red-800">
              ✗{" "}
              {t("company.dashboard.refusedAttempt", {
                at: formatDateTime(r.at),
                document: refusedDocument(r, t),
                reasons: r.details.map((v) => describeViolation({ code: v.code as TRuleCode, params: v.params }, locale)).join(" "),
              })}
              {r.invoiceId ? (
                <>
                  {" "}
                  <Link href={`/company/invoices/${r.invoiceId}`} className="text-brand-700 underline">
                    {r.invoiceNumber}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t("company.dashboard.noWarnings")}</p>
      )}
    </section>
  );
}

/** What the company holds of each colour: received, passed on, exited, left. */
export function DashboardBalances({ d, t, locale }: { d: TDashboard; t: TTranslate; locale: TLocale }) {
  const columns: TDataColumn<TDashboard["balances"][number]>[] = [
    {
      key: "colour",
      header: t("company.dashboard.balanceColumns.colour"),
      nowrap: true,
      className: "font-medium",
      cell: (b) => (
        <>
          {t("company.colour", { id: b.colourId })}
          {b.isFrozen ? <span className="ml-2 rounded bg-red-100 px-1.5 text-xs text-red-800">{t("company.dashboard.frozen")}</span> : null}
        </>
      ),
    },
    { key: "project", header: t("company.dashboard.balanceColumns.project"), className: "min-w-48", cell: (b) => <LocalName value={nameIn(locale, projectNamesOf(b))} t={t} /> },
    { key: "expires", header: t("company.dashboard.balanceColumns.expires"), date: true, cell: (b) => formatDate(b.expiresAt) },
    { key: "received", header: t("company.dashboard.balanceColumns.received"), numeric: true, cell: (b) => formatTiyn(b.receivedTiyn) },
    {
      key: "passedOn",
      header: t("company.dashboard.balanceColumns.passedOn"),
      numeric: true,
      cell: (b) => (
        <>
          {formatTiyn(b.passedOnTiyn)}
          <div className="text-xs text-slate-500">{t("company.dashboard.passedShare", { share: percent(b.passedOnTiyn, b.receivedTiyn) })}</div>
        </>
      ),
    },
    { key: "exited", header: t("company.dashboard.balanceColumns.exited"), numeric: true, cell: (b) => formatTiyn(b.exitedTiyn) },
    { key: "balance", header: t("company.dashboard.balanceColumns.balance"), numeric: true, className: "font-semibold", cell: (b) => formatTiyn(b.balanceTiyn) },
  ];
  return (
    <TableSection
      id="balances"
      className="mb-8"
      title={t("company.dashboard.balancesTitle")}
      table={{ locale, rows: d.balances, rowKey: (b) => b.colourId, empty: t("company.dashboard.noBalances"), columns }}
    />
  );
}

/** The latest contracts, with a link to all of them. */
export function DashboardContracts({ d, t, locale }: { d: TDashboard; t: TTranslate; locale: TLocale }) {
  const columns: TDataColumn<TDashboard["contracts"][number]>[] = [
    { key: "number", header: t("company.dashboard.contractColumns.number"), nowrap: true, className: "font-medium", cell: (c) => <TextLink href={`/company/contracts/${c.id}`}>{c.number}</TextLink> },
    { key: "project", header: t("company.dashboard.contractColumns.project"), cell: (c) => <LocalName value={nameIn(locale, c.project)} t={t} /> },
    { key: "kind", header: t("company.dashboard.contractColumns.kind"), cell: (c) => t(c.parentId ? "company.contractKinds.sub" : "company.contractKinds.general") },
    { key: "value", header: t("company.dashboard.contractColumns.value"), numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
  ];
  return (
    <TableSection
      id="contracts"
      title={t("company.dashboard.contractsTitle")}
      more={{ href: "/company/contracts", label: t("company.dashboard.allContracts", { count: d.contractCount }) }}
      table={{ locale, rows: d.contracts, rowKey: (c) => c.id, empty: t("company.dashboard.noContracts"), columns }}
    />
  );
}

/** Invoices issued and incoming, counted by status. */
export function DashboardInvoiceCounts({ d, t }: { d: TDashboard; t: TTranslate }) {
  return (
    <section aria-labelledby="invoice-status">
      <h2 id="invoice-status" className="mb-3 text-lg font-semibold">
        {t("company.dashboard.invoicesTitle")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        {(["issued", "incoming"] as const).map((box) => {
          const counts = d[box];
          const present = STATUSES.filter((s) => counts[s]);
          return (
            <div key={box} className="card p-4">
              <h3 className="mb-2 text-sm font-semibold text-slate-700">
                <Link href={`/company/invoices?box=${box}`} className="hover:underline">
                  {t(`company.dashboard.${box}`)}
                </Link>
              </h3>
              {present.length === 0 ? (
                <p className="text-sm text-slate-500">{t("company.dashboard.noInvoices")}</p>
              ) : (
                <dl className="space-y-1 text-sm">
                  {present.map((s) => (
                    <div key={s} className="flex justify-between gap-3">
                      <dt>
                        <Link href={`/company/invoices?box=${box}&status=${s}`} className="text-brand-700 hover:underline">
                          {t(`company.invoices.status.${s}`)}
                        </Link>
                      </dt>
                      <dd className="num">{t("company.dashboard.statusLine", { count: counts[s]!.count, amount: formatTiyn(counts[s]!.totalTiyn) })}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
