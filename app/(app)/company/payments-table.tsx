import { EmptyRow } from "@/components/search-bar";
import { SortHeader } from "@/components/sort-header";
import type { TPaymentRow } from "@/lib/company/list-company-payments";
import { formatDateTime } from "@/lib/dates";
import { localizedName, translate, type TLocale } from "@/lib/i18n";
import { formatTiyn } from "@/lib/money";

/** Payments in and out of the company's accounts: colour, counterparty, document and a signed amount. */
/** With `sorting`, the date and amount headers sort the list (the history page); without, they are plain. */
export function PaymentsTable({ rows, locale, label, sorting }: { rows: TPaymentRow[]; locale: TLocale; label: string; sorting?: { sort: string; params: Record<string, string | undefined>; basePath: string } }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const counterparty = (r: TPaymentRow) => {
    const c = r.counterparty;
    if (c.kind === "exit") return t(`company.history.exits.${c.exit}`);
    if (c.kind === "project") return t("company.history.projectAccount", { ministry: localizedName(locale, c.name ?? "", c.nameRu) });
    return localizedName(locale, c.name ?? "—", c.nameRu);
  };
  const document = (r: TPaymentRow) =>
    r.documentType === "invoice" && r.invoiceNumber
      ? t("company.history.documents.invoice", { number: r.invoiceNumber })
      : r.documentType === "exit_wages" || r.documentType === "exit_taxes"
        ? t(`company.history.documents.${r.documentType}`)
        : t("company.history.documents.other", { type: r.documentType, id: r.documentId?.toString() ?? "" });
  return (
    <div className="card overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={label}>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {(["at", "direction", "colour", "counterparty", "document"] as const).map((c) =>
              sorting && c === "at" ? (
                <SortHeader key={c} label={t("company.history.columns.at")} column="at" {...sorting} sortLabel={t("common.sortBy", { column: t("company.history.columns.at") })} />
              ) : (
                <th key={c} scope="col" className="px-3 py-2 text-left font-medium">
                  {t(`company.history.columns.${c}`)}
                </th>
              ),
            )}
            {sorting ? (
              <SortHeader label={t("company.history.columns.amount")} column="amount" align="right" {...sorting} sortLabel={t("common.sortBy", { column: t("company.history.columns.amount") })} />
            ) : (
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("company.history.columns.amount")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <EmptyRow colSpan={6} message={t("company.history.empty")} />
          ) : (
            rows.map((r) => (
              <tr key={r.transferId.toString()}>
                <td className="px-3 py-2 tabular-nums">{formatDateTime(r.at)}</td>
                <td className="px-3 py-2">{t(`company.history.directions.${r.direction}`)}</td>
                <td className="px-3 py-2">
                  {t("company.colour", { id: r.colourId })}
                  <div className="text-xs text-slate-500">{r.projectName}</div>
                </td>
                <td className="px-3 py-2">
                  {counterparty(r)}
                  {r.counterparty.bin ? <div className="font-mono text-xs text-slate-500">{r.counterparty.bin}</div> : null}
                </td>
                <td className="px-3 py-2">{document(r)}</td>
                <td className={`num px-3 py-2 ${r.direction === "in" ? "text-brand-700" : "text-slate-900"}`}>{formatTiyn(r.direction === "in" ? r.amountTiyn : -r.amountTiyn, { sign: true })}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
