import { describe, expect, it } from "vitest";
import { describeViolation } from "./present";

const nb = (s: string) => s.replace(/ /g, "\u00A0");

describe("rule violations for readers", () => {
  it("formats prices as tenge and quantities in units", () => {
    expect(describeViolation({ code: "PRICE_ABOVE_CEILING", params: { item: "236310.100.000003", itemName: "Concrete B25", unit: "м3", ceiling: "3400000", attempted: "3620000" } }, "en")).toBe(
      `Item 236310.100.000003 «Concrete B25»: unit price ${nb("36 200,00 ₸")} is above the estimate ceiling ${nb("34 000,00 ₸")} per м3.`,
    );
    expect(describeViolation({ code: "QUANTITY_ABOVE_ESTIMATE", params: { item: "A", itemName: "Brick", unit: "т", estimate: "1200000", billed: "1150000", attempted: "100000", remaining: "50000" } }, "ru")).toBe(
      "Позиция A «Brick»: по смете 1200 т, уже выставлено 1150 т, в этом счёте 100 т; осталось только 50 т.",
    );
  });
});
