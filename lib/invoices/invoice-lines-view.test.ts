import { describe, expect, it } from "vitest";
import { describeViolation } from "../i18n/rule-present";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../quantity";
import type { TRuleViolation } from "../rules/types";
import { invoiceLineRows, type TInvoiceLineInput } from "./invoice-lines-view";

const line = (id: number, over: Partial<TInvoiceLineInput> = {}): TInvoiceLineInput => ({
  line: { id, quantityMilli: 1_500n, unitPriceTiyn: 2_000_00n, amountTiyn: 3_000_00n, estimateItem: { code: `C-${id}`, name: `Item ${id}`, unit: "м3" } },
  billedBeforeMilli: 500n,
  contractQuantityMilli: 10_000n,
  ceilingTiyn: 2_500_00n,
  ...over,
});

describe("invoiceLineRows", () => {
  it("names the item in the reader's language, a missing form marked as a fallback (decision 0230)", () => {
    const item = { code: "C-1", name: "Бетон", nameRu: "Бетон", nameKk: "Бетон қоспасы", nameEn: null, unit: "м3" };
    expect(invoiceLineRows([line(1, { line: { ...line(1).line, estimateItem: item } })], "kk")[0]?.name).toEqual({ text: "Бетон қоспасы", lang: "kk", isFallback: false });
    expect(invoiceLineRows([line(1, { line: { ...line(1).line, estimateItem: item } })], "en")[0]?.name).toEqual({ text: "Бетон", lang: "ru", isFallback: true });
  });

  it("words every figure for the reader: quantities with their unit, money in tenge", () => {
    const [row] = invoiceLineRows([line(7)], "ru");
    expect(row).toEqual({
      id: 7,
      code: "C-7",
      name: { text: "Item 7", lang: null, isFallback: false },
      quantity: formatQuantityMilli(1_500n, "ru", "м3"),
      unitPrice: formatTiyn(2_000_00n),
      amount: formatTiyn(3_000_00n),
      billedBefore: formatQuantityMilli(500n, "ru", "м3"),
      contractQuantity: formatQuantityMilli(10_000n, "ru", "м3"),
      ceiling: formatTiyn(2_500_00n),
      violations: [],
    });
  });

  it("shows a dash where a figure is unknown (no contract quantity, no ceiling, nothing billed)", () => {
    const [row] = invoiceLineRows([line(1, { billedBeforeMilli: null, contractQuantityMilli: null, ceilingTiyn: null })], "en");
    expect([row?.billedBefore, row?.contractQuantity, row?.ceiling]).toEqual(["—", "—", "—"]);
  });

  it("words each line's own refusals in the reader's language, and none for a line that passes", () => {
    const refusal: TRuleViolation = { code: "PRICE_ABOVE_CEILING", params: { code: "C-2", name: "Item 2", limit: "250000", attempted: "300000" }, message: "" };
    const rows = invoiceLineRows([line(1), line(2)], "kk", (id) => (id === 2 ? [refusal] : []));
    expect(rows[0]?.violations).toEqual([]);
    expect(rows[1]?.violations).toEqual([{ key: "PRICE_ABOVE_CEILING", text: describeViolation(refusal, "kk") }]);
  });
});
