// The rules a general contract's terms must meet against its project's estimate and its colour. Pure: the
// caller loads the estimate and the colour; createContract checks quantities and ceilings again inside its
// transaction.
import type { TFieldIssue } from "../errors";
import { formatTiyn } from "../money";
import { formatQuantityMilli, lineAmountTiyn } from "../rules/amounts";
import { checkUnitPriceCeiling } from "../rules/purpose-rules";

export type TEstimateLimit = { id: number; code: string; unit: string; quantityMilli: bigint; ceilingUnitPriceTiyn: bigint };
export type TContractLine = { row: number; estimateItemId: number; quantityMilli: bigint; ceilingUnitPriceTiyn: bigint };

export function checkContractTerms({
  lines,
  valueTiyn,
  estimate,
  allowedItemCodes,
  availableTiyn,
}: {
  lines: TContractLine[];
  valueTiyn: bigint;
  estimate: TEstimateLimit[];
  /** The colour's purpose rules: a contract for items the colour may not pay for could never be paid. */
  allowedItemCodes: readonly string[] | "all";
  /** What the colour has not yet committed to other general contracts. */
  availableTiyn: bigint;
}): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  const byId = new Map(estimate.map((e) => [e.id, e]));
  if (lines.length === 0) issues.push({ field: "items", key: "contracts.errors.noItems" });
  let itemsTotal = 0n;
  for (const line of lines) {
    const item = byId.get(line.estimateItemId);
    if (!item) {
      issues.push({ field: `items.${line.row}.quantity`, key: "contracts.errors.notInEstimate" });
      continue;
    }
    if (allowedItemCodes !== "all" && !allowedItemCodes.includes(item.code)) {
      issues.push({ field: `items.${line.row}.quantity`, key: "contracts.errors.itemNotAllowed", params: { item: item.code } });
    }
    if (line.quantityMilli > item.quantityMilli) {
      issues.push({ field: `items.${line.row}.quantity`, key: "contracts.errors.quantityAboveEstimate", params: { max: formatQuantityMilli(item.quantityMilli), unit: item.unit } });
    }
    if (checkUnitPriceCeiling("estimate", { ...item, name: item.code }, line.ceilingUnitPriceTiyn)) {
      issues.push({ field: `items.${line.row}.price`, key: "contracts.errors.priceAboveCeiling", params: { ceiling: formatTiyn(item.ceilingUnitPriceTiyn), unit: item.unit } });
    }
    itemsTotal += lineAmountTiyn(line.quantityMilli, line.ceilingUnitPriceTiyn);
  }
  if (lines.length > 0 && valueTiyn > itemsTotal) issues.push({ field: "value", key: "contracts.errors.valueAboveItems", params: { total: formatTiyn(itemsTotal) } });
  if (valueTiyn > availableTiyn) issues.push({ field: "value", key: "contracts.errors.valueAboveColour", params: { available: formatTiyn(availableTiyn < 0n ? 0n : availableTiyn) } });
  return issues;
}
