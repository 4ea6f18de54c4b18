import { describe, expect, it } from "vitest";
import { checkContractTerms, type TEstimateLimit } from "./check-contract";

const estimate: TEstimateLimit[] = [
  { id: 1, code: "C-1", unit: "м3", quantityMilli: 1_000_000n, ceilingUnitPriceTiyn: 3_200_000n },
  { id: 2, code: "R-1", unit: "т", quantityMilli: 150_000n, ceilingUnitPriceTiyn: 40_000_000n },
];
const base = { estimate, allowedItemCodes: "all" as const, availableTiyn: 10n ** 12n };

describe("contract terms against the estimate and the colour", () => {
  it("accepts quantities and prices at or under the estimate, for a value the items cover", () => {
    const lines = [
      { row: 0, estimateItemId: 1, quantityMilli: 1_000_000n, ceilingUnitPriceTiyn: 3_200_000n },
      { row: 1, estimateItemId: 2, quantityMilli: 100_000n, ceilingUnitPriceTiyn: 39_000_000n },
    ];
    // 1000 × 32 000 ₸ + 100 × 390 000 ₸ = 71 000 000 ₸
    expect(checkContractTerms({ ...base, lines, valueTiyn: 7_100_000_000n })).toEqual([]);
    expect(checkContractTerms({ ...base, lines, valueTiyn: 7_100_000_001n })).toEqual([
      { field: "value", key: "contracts.errors.valueAboveItems", params: { total: "71\u00A0000\u00A0000,00\u00A0₸" } },
    ]);
  });

  it("names the row and field of each problem", () => {
    const issues = checkContractTerms({
      ...base,
      valueTiyn: 1n,
      lines: [
        { row: 0, estimateItemId: 1, quantityMilli: 1_000_001n, ceilingUnitPriceTiyn: 3_200_001n },
        { row: 3, estimateItemId: 99, quantityMilli: 1n, ceilingUnitPriceTiyn: 1n },
      ],
    });
    expect(issues.map((i) => [i.field, i.key])).toEqual([
      ["items.0.quantity", "contracts.errors.quantityAboveEstimate"],
      ["items.0.price", "contracts.errors.priceAboveCeiling"],
      ["items.3.quantity", "contracts.errors.notInEstimate"],
    ]);
    expect(issues[0]!.params).toEqual({ max: "1000", unit: "м3" });
  });

  it("refuses an empty contract, items the colour may not pay for, and more than the colour has left", () => {
    expect(checkContractTerms({ ...base, lines: [], valueTiyn: 1n }).map((i) => i.key)).toEqual(["contracts.errors.noItems"]);
    const lines = [{ row: 0, estimateItemId: 2, quantityMilli: 1000n, ceilingUnitPriceTiyn: 100n }];
    expect(checkContractTerms({ ...base, allowedItemCodes: ["C-1"], lines, valueTiyn: 100n }).map((i) => i.key)).toEqual(["contracts.errors.itemNotAllowed"]);
    expect(checkContractTerms({ ...base, availableTiyn: 99n, lines, valueTiyn: 100n })).toEqual([
      { field: "value", key: "contracts.errors.valueAboveColour", params: { available: "0,99\u00A0₸" } },
    ]);
  });
});
