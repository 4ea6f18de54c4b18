import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { averageUnitPrice, decideMarkup, markup } from "./markup";

describe("markup between tiers: the decision", () => {
  it.each([
    { row: "hit", why: "26 %", up: 126n, down: 100n, fires: true },
    { row: "hit", why: "double", up: 200n, down: 100n, fires: true },
    { row: "near-miss", why: "exactly 25 % is allowed", up: 125n, down: 100n, fires: false },
    { row: "look-alike", why: "cheaper upward", up: 90n, down: 100n, fires: false },
    { row: "look-alike", why: "nothing paid down", up: 100n, down: 0n, fires: false },
  ])("$row: $why → $fires", ({ up, down, fires }) => {
    expect(decideMarkup({ upUnitPriceTiyn: up, downUnitPriceTiyn: down }, C.markup) !== null).toBe(fires);
  });
  it("averages unit prices by quantity", () => {
    expect(averageUnitPrice([{ quantityMilli: 1000n, unitPriceTiyn: 100n }, { quantityMilli: 3000n, unitPriceTiyn: 200n }])).toBe(175n);
    expect(averageUnitPrice([])).toBeNull();
  });
});

describe("markup between tiers: what it finds in a colour", () => {
  const line = (side: "up" | "down", unit: bigint, quantity = 1000n, item = 1) => ({ parent_contract: 100, company: 10, item, code: "A-1", side, invoice_id: side === "up" ? 1 : 2, quantity_milli: quantity, unit_price_tiyn: unit });
  it.each([
    { row: "hit", why: "billed 35 % above what it paid", lines: [line("up", 135n), line("down", 100n)], subjects: ["100:item:1"] },
    { row: "near-miss", why: "exactly 25 % above the average paid (104), though 37 % above its cheapest lot", lines: [line("up", 130n), line("down", 105n, 9000n), line("down", 95n, 1000n)], subjects: [] },
    { row: "look-alike", why: "a high price upward for an item it did not buy below", lines: [line("up", 500n), line("down", 100n, 1000n, 2)], subjects: [] },
  ])("$row: $why", ({ lines, subjects }) => {
    expect(markup.detect(colourFacts(), lines, C).map((f) => f.subjectId)).toEqual(subjects);
  });
});
