import { DataTable, type TDataColumn } from "@/components/data-table";
import { CodeName } from "@/components/table-cells";
import { LocalName } from "@/components/local-name";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { INVOICE_LINE_FIGURES, type TInvoiceLineRow } from "@/lib/invoices/invoice-lines-view";

/**
 * An invoice's lines with the figures a reviewer weighs (billed before, contract quantity, ceiling), the total in the
 * footer and, with `verdicts`, each line's rule verdict. Shared by the official's review page and the company's
 * invoice page; the texts come from the page's own catalogue section (`invoices` or `company.invoice`).
 */
export function InvoiceLinesTable({
  rows,
  total,
  label,
  verdicts,
  texts,
  t,
  locale,
}: {
  rows: TInvoiceLineRow[];
  total: string;
  label: string;
  verdicts: boolean;
  texts: "invoices" | "company.invoice";
  t: TTranslate;
  locale: TLocale;
}) {
  const columns: TDataColumn<TInvoiceLineRow>[] = [
    {
      key: "item",
      header: t(`${texts}.lineColumns.item`),
      cell: (l) => <CodeName code={l.code} name={<LocalName value={l.name} t={t} />} />,
    },
    ...INVOICE_LINE_FIGURES.map((f) => ({ key: f, header: t(`${texts}.lineColumns.${f}`), numeric: true, cell: (l: TInvoiceLineRow) => l[f] })),
  ];
  if (verdicts) {
    columns.push({
      key: "verdict",
      header: t(`${texts}.lineColumns.verdict`),
      cell: (l) =>
        l.violations.length === 0 ? (
          <span className="text-brand-700">✓ {t(`${texts}.lineOk`)}</span>
        ) : (
          <ul className="space-y-1 text-red-800">
            {l.violations.map((v) => (
              <li key={v.key}>✗ {v.text}</li>
            ))}
          </ul>
        ),
    });
  }
  return (
    <DataTable
      className="card mb-6"
      label={label}
      locale={locale}
      rows={rows}
      rowKey={(l) => l.id}
      empty={null}
      rowClassName={(l) => (l.violations.length ? "bg-red-50" : undefined)}
      columns={columns}
      footer={
        <tr>
          <td className="px-3 py-2" colSpan={3}>
            {t(`${texts}.total`)}
          </td>
          <td className="num px-3 py-2">{total}</td>
          <td colSpan={columns.length - 4} />
        </tr>
      }
    />
  );
}
