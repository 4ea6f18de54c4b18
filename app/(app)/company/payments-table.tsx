import { DataTable, type TDataTableSorting } from "@/components/data-table";
import type { TPaymentRow } from "@/lib/contractors/list-company-payments";
import { formatDateTime } from "@/lib/dates";
import { localizedName, nameIn, translate, translator, type TLocale } from "@/lib/i18n";
import { LocalName } from "@/components/local-name";
import { formatTiyn } from "@/lib/money";

/** Payments in and out of the company's accounts: colour, counterparty, document and a signed amount. */
/** With `sorting`, the date and amount headers sort the list (the history page); without, they are plain. */
export function PaymentsTable({ rows, locale, label, sorting }: { rows: TPaymentRow[]; locale: TLocale; label: string; sorting?: TDataTableSorting }) {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const counterparty = (r: TPaymentRow) => {
    const c = r.counterparty;
    if (c.kind === "exit") return t(`company.history.exits.${c.exit}`);
    if (c.kind === "project") return t("company.history.projectAccount", { ministry: localizedName(locale, { ...c, name: c.name ?? "" }) });
    return c.name ? <LocalName value={nameIn(locale, { ...c, name: c.name })} t={translator(locale)} /> : "—";
  };
  const document = (r: TPaymentRow) =>
    r.documentType === "invoice" && r.invoiceNumber
      ? t("company.history.documents.invoice", { number: r.invoiceNumber })
      : r.documentType === "exit_wages" || r.documentType === "exit_taxes"
        ? t(`company.history.documents.${r.documentType}`)
        : t("company.history.documents.other", { type: r.documentType, id: r.documentId?.toString() ?? "" });
  return (
    <DataTable
      locale={locale}
      label={label}
      rows={rows}
      rowKey={(r) => r.transferId.toString()}
      empty={t("company.history.empty")}
      sorting={sorting}
      columns={[
        { key: "at", header: t("company.history.columns.at"), sort: "at", date: true, cell: (r) => formatDateTime(r.at) },
        { key: "direction", header: t("company.history.columns.direction"), cell: (r) => t(`company.history.directions.${r.direction}`) },
        {
          key: "colour",
          header: t("company.history.columns.colour"),
          cell: (r) => (
            <>
              {t("company.colour", { id: r.colourId })}
              <div className="text-xs text-slate-500">
                <LocalName value={nameIn(locale, r.project)} t={translator(locale)} />
              </div>
            </>
          ),
        },
        {
          key: "counterparty",
          header: t("company.history.columns.counterparty"),
          cell: (r) => (
            <>
              {counterparty(r)}
              {r.counterparty.bin ? <div className="font-mono text-xs text-slate-500">{r.counterparty.bin}</div> : null}
            </>
          ),
        },
        { key: "document", header: t("company.history.columns.document"), cell: (r) => document(r) },
        {
          key: "amount",
          header: t("company.history.columns.amount"),
          sort: "amount",
          numeric: true,
          cell: (r) => <span className={r.direction === "in" ? "text-brand-700" : "text-slate-900"}>{formatTiyn(r.direction === "in" ? r.amountTiyn : -r.amountTiyn, { sign: true })}</span>,
        },
      ]}
    />
  );
}
