import { nameIn, type TLocale, type TLocalName, type TNames } from "../i18n";
import { describeViolation } from "../i18n/rule-present";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../quantity";
import type { TRuleViolation } from "../rules/types";

/** One invoice line as both invoice pages read it (the official's review and the company's own view). */
export type TInvoiceLineInput = {
  line: {
    id: number;
    quantityMilli: bigint;
    unitPriceTiyn: bigint;
    amountTiyn: bigint;
    estimateItem: TNames & { code: string; unit: string };
  };
  billedBeforeMilli: bigint | null;
  contractQuantityMilli: bigint | null;
  ceilingTiyn: bigint | null;
};

/** A line worded for the reader: figures formatted in the reader's language, verdicts as sentences. */
export type TInvoiceLineRow = {
  id: number;
  code: string;
  name: TLocalName;
  quantity: string;
  unitPrice: string;
  amount: string;
  billedBefore: string;
  contractQuantity: string;
  ceiling: string;
  /** The rule refusals on this line, worded; empty when the line passes. */
  violations: { key: string; text: string }[];
};

export const INVOICE_LINE_FIGURES = ["quantity", "unitPrice", "amount", "billedBefore", "contractQuantity", "ceiling"] as const;
export type TInvoiceLineFigure = (typeof INVOICE_LINE_FIGURES)[number];

/** The invoice-lines table's rows (decision 0117): `violationsOf` gives a line's rule verdicts, if the page shows them. */
export function invoiceLineRows(lines: readonly TInvoiceLineInput[], locale: TLocale, violationsOf: (lineId: number) => readonly TRuleViolation[] = () => []): TInvoiceLineRow[] {
  return lines.map(({ line, billedBeforeMilli, contractQuantityMilli, ceilingTiyn }) => {
    const unit = line.estimateItem.unit;
    const q = (milli: bigint | null) => (milli == null ? "—" : formatQuantityMilli(milli, locale, unit));
    return {
      id: line.id,
      code: line.estimateItem.code,
      name: nameIn(locale, line.estimateItem),
      quantity: q(line.quantityMilli),
      unitPrice: formatTiyn(line.unitPriceTiyn),
      amount: formatTiyn(line.amountTiyn),
      billedBefore: q(billedBeforeMilli),
      contractQuantity: q(contractQuantityMilli),
      ceiling: ceilingTiyn == null ? "—" : formatTiyn(ceilingTiyn),
      violations: violationsOf(line.id).map((v) => ({ key: v.code, text: describeViolation(v, locale) })),
    };
  });
}
