import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideUnitPriceOutlier, outlierFence, quartiles, unitPriceOutlier } from "./unit-price-outlier";

describe("unit-price outlier: the decision", () => {
  it("computes quartiles by interpolation", () => {
    expect(quartiles([1n, 2n, 3n, 4n, 5n])).toEqual({ q1: 2, q3: 4 });
    expect(quartiles([10n, 20n, 30n, 40n])).toEqual({ q1: 17.5, q3: 32.5 });
    expect(quartiles([])).toBeNull();
  });
  it.each([
    { prices: [100n, 100n, 100n, 100n], fence: null, why: "too few prices" },
    { prices: [100n, 110n, 120n, 130n, 140n], fence: 160n, why: "Q3 130 + 1.5 × IQR 20" },
    { prices: [100n, 100n, 100n, 100n, 100n], fence: 100n, why: "no spread: the fence is the price" },
  ])("fence: $why", ({ prices, fence }) => {
    expect(outlierFence(prices, C.unitPriceOutlier)).toBe(fence);
  });
  it.each([
    { row: "hit", price: 191n, fence: 190n, severity: "low" },
    { row: "hit", price: 125n, fence: 100n, severity: "medium" },
    { row: "near-miss", price: 124n, fence: 100n, severity: "low" },
    { row: "near-miss", price: 190n, fence: 190n, severity: null },
    { row: "look-alike", price: 500n, fence: null, severity: null },
  ])("$row: price $price over fence $fence → $severity", ({ price, fence, severity }) => {
    expect(decideUnitPriceOutlier({ unitPriceTiyn: price, fenceTiyn: fence })?.severity ?? null).toBe(severity);
  });
});

describe("unit-price outlier: what it finds in a colour", () => {
  const line = (line_id: number, code: string, unit: bigint) => ({ line_id, invoice_id: 1, issuer_id: 10, contract_id: 100, code, unit_price_tiyn: unit });
  // Q3 130, IQR 20: the fence is 160.
  const prices = new Map([["A-1", { q1: 110, q3: 130, samples: 5 }], ["B-2", { q1: 110, q3: 130, samples: 4 }]]);
  it.each([
    { row: "hit", why: "above the fence", lines: [line(1, "A-1", 161n)], subjects: ["1"] },
    { row: "near-miss", why: "at the fence", lines: [line(1, "A-1", 160n)], subjects: [] },
    { row: "look-alike", why: "as high, but too few prices of its code to judge", lines: [line(1, "B-2", 500n)], subjects: [] },
    { row: "look-alike", why: "a code never invoiced elsewhere", lines: [line(1, "C-3", 500n)], subjects: [] },
  ])("$row: $why", ({ lines, subjects }) => {
    expect(unitPriceOutlier.detect(colourFacts({ lines, shared: { prices } }), undefined, C).map((f) => f.subjectId)).toEqual(subjects);
  });
});
