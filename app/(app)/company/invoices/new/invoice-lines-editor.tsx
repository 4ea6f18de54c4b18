"use client";

import type { Dispatch, SetStateAction } from "react";
import { DataTable, type TDataColumn } from "@/components/data-table";
import { useLocale, useT } from "@/components/i18n-provider";
import { CellInput } from "@/components/table-cells";
import { formatTiyn, parseTenge } from "@/lib/money";
import { parseQuantity } from "@/lib/projects/parse-estimate-csv";
import { lineAmountTiyn } from "@/lib/rules/amounts";
import type { TContractOption } from "./invoice-form";

export type TLine = { key: number; item: string; quantity: string; price: string };

let nextKey = 1;
export const emptyLine = (): TLine => ({ key: nextKey++, item: "", quantity: "", price: "" });
export const keyed = (line: Omit<TLine, "key">): TLine => ({ ...line, key: nextKey++ });

/** Shown as the user types; the server computes the amounts again from the same integer arithmetic. */
function amountOf(line: TLine): bigint | null {
  const q = parseQuantity(line.quantity);
  const p = parseTenge(line.price);
  return q.ok && p.ok ? lineAmountTiyn(q.milli, p.tiyn) : null;
}

const FIGURES = ["estimated", "billed", "ceiling"] as const;
const FieldError = ({ text }: { text?: string }) => (text ? <p className="mt-1 text-xs text-red-700">{text}</p> : null);

/** A line's estimate item, its validation error and the rule refusals the server gave for the line. */
function ItemSelect({ contract, line, n, error, reasons, onChange }: { contract: TContractOption | null; line: TLine; n: number; error?: string; reasons: string[]; onChange: (item: string) => void }) {
  const t = useT();
  return (
    <>
      <select name="item" aria-label={t("company.newInvoice.itemOf", { line: n })} className="input" value={line.item} aria-invalid={error ? true : undefined} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t("company.newInvoice.chooseItem")}</option>
        {contract?.items.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
          </option>
        ))}
      </select>
      <FieldError text={error} />
      {reasons.map((r) => (
        <p key={r} className="mt-1 text-xs text-red-800">
          ✗ {r}
        </p>
      ))}
    </>
  );
}

/** The invoice's lines as an editable table: item, the contract's figures for it, quantity, unit price, amount. */
export function InvoiceLinesEditor({
  contract,
  lines,
  setLines,
  errors,
  lineReasons,
}: {
  contract: TContractOption | null;
  lines: TLine[];
  setLines: Dispatch<SetStateAction<TLine[]>>;
  errors: Record<string, string | undefined>;
  lineReasons?: Record<number, string[]>;
}) {
  const t = useT();
  const locale = useLocale();
  const update = (key: number, patch: Partial<TLine>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  const itemOf = (line: TLine) => contract?.items.find((i) => String(i.id) === line.item);
  const err = (index: number, f: string) => errors[`lines.${index}.${f}`];
  const total = lines.reduce<bigint>((a, l) => a + (amountOf(l) ?? 0n), 0n);
  const input = (line: TLine, index: number, field: "quantity" | "price", label: string) => (
    <CellInput name={field} aria-label={label} value={line[field]} error={err(index, field)} onChange={(e) => update(line.key, { [field]: e.currentTarget.value })} />
  );
  const columns: TDataColumn<TLine>[] = [
    {
      key: "item",
      header: t("company.newInvoice.columns.item"),
      className: "min-w-72",
      cell: (line, index) => <ItemSelect contract={contract} line={line} n={index + 1} error={err(index, "item")} reasons={lineReasons?.[index] ?? []} onChange={(item) => update(line.key, { item })} />,
    },
    ...FIGURES.map((f) => ({ key: f, header: t(`company.newInvoice.columns.${f}`), numeric: true, cell: (line: TLine) => itemOf(line)?.[f] ?? "—" })),
    {
      key: "quantity",
      header: t("company.newInvoice.columns.quantity"),
      align: "right",
      className: "w-36",
      cell: (line, index) => (
        <>
          {input(line, index, "quantity", t("company.newInvoice.quantityOf", { line: index + 1 }))}
          {itemOf(line) ? <p className="mt-1 text-right text-xs text-slate-500">{itemOf(line)!.unit}</p> : null}
        </>
      ),
    },
    {
      key: "unitPrice",
      header: t("company.newInvoice.columns.unitPrice"),
      align: "right",
      className: "w-40",
      cell: (line, index) => input(line, index, "price", t("company.newInvoice.unitPriceOf", { line: index + 1 })),
    },
    { key: "amount", header: t("company.newInvoice.columns.amount"), numeric: true, cell: (line) => (amountOf(line) == null ? "—" : formatTiyn(amountOf(line)!)) },
    {
      key: "remove",
      header: <span className="sr-only">{t("company.newInvoice.removeLine", { line: "" })}</span>,
      cell: (line, index) =>
        lines.length > 1 ? (
          <button type="button" className="btn-secondary" aria-label={t("company.newInvoice.removeLine", { line: index + 1 })} onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))}>
            ×
          </button>
        ) : null,
    },
  ];
  return (
    <div className="card overflow-x-auto">
      <DataTable
        className=""
        locale={locale}
        label={t("company.newInvoice.linesTitle")}
        rows={lines}
        rowKey={(l) => l.key}
        empty={null}
        stickyFirst={false}
        rowClassName={(l) => (lineReasons?.[lines.indexOf(l)]?.length ? "bg-red-50 align-top" : "bg-white align-top")}
        columns={columns}
        footer={
          <tr>
            <td className="px-3 py-2" colSpan={6}>
              {t("company.newInvoice.total")}
            </td>
            <td className="num px-3 py-2">{formatTiyn(total)}</td>
            <td />
          </tr>
        }
      />
      {errors.lines ? <p className="px-3 py-2 text-xs text-red-700">{errors.lines}</p> : null}
    </div>
  );
}
