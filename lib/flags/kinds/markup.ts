import type { TFlagConfig } from "../config";
import { bpOf, clamp, type TVerdict } from "../decide";
import { groupBy } from "../../collections";
import { LIVE_INVOICE, paymentsOfInvoices } from "../facts";
import { defineKind, found } from "./kind";

/** Average unit price of lines, weighted by quantity (tiyn per unit, rounded down). */
export function averageUnitPrice(lines: readonly { quantityMilli: bigint; unitPriceTiyn: bigint }[]): bigint | null {
  let q = 0n;
  let v = 0n;
  for (const l of lines) {
    q += l.quantityMilli;
    v += l.quantityMilli * l.unitPriceTiyn;
  }
  return q > 0n ? v / q : null;
}

/** The same item billed upward more than `minMarkupBp` above the unit price the company paid one tier down. */
export function decideMarkup(f: { upUnitPriceTiyn: bigint; downUnitPriceTiyn: bigint }, c: TFlagConfig["markup"]): TVerdict | null {
  if (f.downUnitPriceTiyn <= 0n) return null;
  const markupBp = bpOf(f.upUnitPriceTiyn - f.downUnitPriceTiyn, f.downUnitPriceTiyn);
  if (markupBp <= c.minMarkupBp) return null;
  return { severity: "medium", score: clamp(45 + (markupBp - c.minMarkupBp) / 50), facts: { markupBp, upUnitPriceTiyn: f.upUnitPriceTiyn.toString(), downUnitPriceTiyn: f.downUnitPriceTiyn.toString() } };
}

/** An invoice line of a company that subcontracted: billed upward under its contract ("up"), or paid one tier down ("down"). */
type TTierLine = { parent_contract: number; company: number; item: number; code: string; side: string; invoice_id: number; quantity_milli: bigint; unit_price_tiyn: bigint };

const unitPriceOf = (lines: readonly TTierLine[]) => averageUnitPrice(lines.map((l) => ({ quantityMilli: l.quantity_milli, unitPriceTiyn: l.unit_price_tiyn })));

export const markup = defineKind({
  id: "markup",
  thresholds: "markup",
  ocp: [],
  severities: ["medium"],
  facts: ["markupBp", "upUnitPriceTiyn", "downUnitPriceTiyn", "itemCode"],
  load: (sql, colour) =>
    sql<TTierLine>(
      `SELECT k.id AS parent_contract, k.contractor_id AS company, l.estimate_item_id AS item, e.code, 'up' AS side, i.id AS invoice_id, l.quantity_milli, l.unit_price_tiyn
       FROM contract k JOIN invoice i ON i.contract_id = k.id AND i.status IN ${LIVE_INVOICE}
       JOIN invoice_line l ON l.invoice_id = i.id JOIN estimate_item e ON e.id = l.estimate_item_id
      WHERE k.colour_id = $1 AND EXISTS (SELECT 1 FROM contract s WHERE s.parent_id = k.id)
     UNION ALL
     SELECT s.parent_id, k.contractor_id, l.estimate_item_id, e.code, 'down', i.id, l.quantity_milli, l.unit_price_tiyn
       FROM contract s JOIN contract k ON k.id = s.parent_id JOIN invoice i ON i.contract_id = s.id AND i.status = 'paid'
       JOIN invoice_line l ON l.invoice_id = i.id JOIN estimate_item e ON e.id = l.estimate_item_id
      WHERE s.colour_id = $1`,
      [colour.colourId],
    ),
  detect: (colour, tierLines, config) =>
    [...groupBy(tierLines, (l) => `${l.parent_contract}:${l.item}`)].flatMap(([key, lines]) => {
      const up = lines.filter((l) => l.side === "up");
      const down = lines.filter((l) => l.side === "down");
      const upPrice = unitPriceOf(up);
      const downPrice = unitPriceOf(down);
      if (upPrice == null || downPrice == null) return [];
      const verdict = decideMarkup({ upUnitPriceTiyn: upPrice, downUnitPriceTiyn: downPrice }, config.markup);
      const downInvoices = down.map((l) => l.invoice_id);
      return found(verdict && { ...verdict, facts: { ...verdict.facts, itemCode: lines[0]!.code } }, {
        subjectType: "contract_item",
        subjectId: key.replace(":", ":item:"),
        companyId: lines[0]!.company,
        evidence: {
          invoices: [...up.map((l) => l.invoice_id), ...downInvoices],
          contracts: [lines[0]!.parent_contract, ...downInvoices.flatMap((id) => colour.invoiceById.get(id)?.contract_id ?? [])],
          companies: [lines[0]!.company, ...downInvoices.flatMap((id) => colour.invoiceById.get(id)?.issuer_id ?? [])],
          transfers: paymentsOfInvoices(colour, downInvoices),
        },
      });
    }),
});
