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
    { prices: [100n, 100n, 100n, 100n], projects: 9, fence: null, why: "too few prices" },
    { prices: [100n, 110n, 120n, 130n, 140n], projects: 4, fence: null, why: "enough prices but from too few projects" },
    { prices: [100n, 110n, 120n, 130n, 140n], projects: 5, fence: 160n, why: "Q3 130 + 1.5 × IQR 20" },
    { prices: [100n, 100n, 100n, 100n, 100n], projects: 5, fence: 100n, why: "no spread: the fence is the price" },
  ])("fence: $why", ({ prices, projects, fence }) => {
    expect(outlierFence(prices, C.unitPriceOutlier, projects)).toBe(fence);
  });
  it.each([
    { row: "hit", price: 191n, fence: 190n, q3: 100, severity: "low" },
    { row: "hit", price: 125n, fence: 100n, q3: 90, severity: "medium" },
    { row: "hit", price: 130n, fence: 100n, q3: 100, severity: "medium" },
    { row: "near-miss", price: 124n, fence: 100n, q3: 90, severity: "low" },
    { row: "near-miss", price: 190n, fence: 190n, q3: 100, severity: null },
    { row: "look-alike", why: "a remote site: above a narrow fence, but less than 30 % above Q3", price: 129n, fence: 105n, q3: 100, severity: null },
    { row: "look-alike", price: 500n, fence: null, q3: 100, severity: null },
  ])("$row: price $price over fence $fence (Q3 $q3) → $severity", ({ price, fence, q3, severity }) => {
    expect(decideUnitPriceOutlier({ unitPriceTiyn: price, fenceTiyn: fence, q3Tiyn: q3 }, C.unitPriceOutlier)?.severity ?? null).toBe(severity);
  });
});

describe("unit-price outlier: what it finds in a colour", () => {
  let id = 0;
  const line = (code: string, unit: bigint, quantity = 1000n, issuer_id = 10, measure = "м3") => ({ line_id: ++id, invoice_id: id, issuer_id, contract_id: 100, code, unit: measure, quantity_milli: quantity, unit_price_tiyn: unit });
  // Q3 130, IQR 20: the fence is 160; 30 % above Q3 is 169.
  const prices = new Map([
    ["A-1", { q1: 110, q3: 130, samples: 5, projects: 5 }],
    ["B-2", { q1: 110, q3: 130, samples: 4, projects: 4 }],
    ["D-4", { q1: 110, q3: 130, samples: 40, projects: 2 }],
  ]);
  it.each([
    { row: "hit", why: "above the fence and 30 % above Q3", lines: [line("A-1", 169n)], subjects: ["colour:1:company:10:item:A-1"] },
    { row: "look-alike", why: "above the fence, but less than 30 % above Q3 (a remote site's delivery)", lines: [line("A-1", 168n)], subjects: [] },
    { row: "hit", why: "three lines of one company and item: one flag", lines: [line("A-1", 170n), line("A-1", 180n), line("A-1", 190n)], subjects: ["colour:1:company:10:item:A-1"] },
    { row: "hit", why: "two companies above the fence: one flag each", lines: [line("A-1", 170n), line("A-1", 170n, 1000n, 20)], subjects: ["colour:1:company:10:item:A-1", "colour:1:company:20:item:A-1"] },
    { row: "near-miss", why: "at the fence", lines: [line("A-1", 160n)], subjects: [] },
    { row: "look-alike", why: "one small line above, most of the quantity at an ordinary price (weighted 140)", lines: [line("A-1", 500n, 100n), line("A-1", 100n, 900n)], subjects: [] },
    { row: "look-alike", why: "as high, but too few prices of its code to judge", lines: [line("B-2", 500n)], subjects: [] },
    { row: "look-alike", why: "many prices, all from two projects", lines: [line("D-4", 500n)], subjects: [] },
    { row: "look-alike", why: "as high, but the price of one whole building: not a unit price to compare", lines: [line("A-1", 500n, 1000n, 10, "объект")], subjects: [] },
    { row: "look-alike", why: "a code never invoiced elsewhere", lines: [line("C-3", 500n)], subjects: [] },
  ])("$row: $why", ({ lines, subjects }) => {
    expect(unitPriceOutlier.detect(colourFacts({ lines, shared: { prices } }), undefined, C).map((f) => f.subjectId)).toEqual(subjects);
  });
  it("shows its working beside the hit: population, quartiles, fence", () => {
    const [hit] = unitPriceOutlier.detect(colourFacts({ lines: [line("A-1", 200n, 2000n)], shared: { prices } }), undefined, C);
    expect(hit!.verdict.facts).toMatchObject({ itemCode: "A-1", samples: 5, projects: 5, q1Tiyn: "110", q3Tiyn: "130", iqrTiyn: "20", fenceTiyn: "160", unitPriceTiyn: "200", quantityMilli: "2000", lines: 1 });
  });
});
