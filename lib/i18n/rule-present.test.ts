import { describe, expect, it } from "vitest";
import { describeViolation, formatDateParam, formatRuleParams } from "./rule-present";

const nb = (s: string) => s.replace(/ /g, "\u00A0");

describe("rule violations for readers", () => {
  it("formats prices as tenge and quantities in units", () => {
    expect(describeViolation({ code: "PRICE_ABOVE_CEILING", params: { item: "236310.100.000003", itemName: "Concrete B25", unit: "м3", ceiling: "3400000", attempted: "3620000" } }, "en")).toBe(
      `Item 236310.100.000003 «Concrete B25»: unit price ${nb("36 200,00 ₸")} is above the estimate ceiling ${nb("34 000,00 ₸")} per m³.`,
    );
    expect(describeViolation({ code: "QUANTITY_ABOVE_ESTIMATE", params: { item: "A", itemName: "Brick", unit: "т", estimate: "1200000", billed: "1150000", attempted: "100000", remaining: "50000" } }, "ru")).toBe(
      "Позиция A «Brick»: по смете 1\u00A0200\u00A0т, уже выставлено 1\u00A0150\u00A0т, в этом счёте 100\u00A0т; осталось только 50\u00A0т.",
    );
  });

  it("prints a quantity with its unit for the reader's language, also a unit that starts with a number", () => {
    const params = { item: "A", itemName: "Brick", unit: "1000 шт", estimate: "48000000", billed: "350000", attempted: "47700100", remaining: "47650000" };
    expect(describeViolation({ code: "QUANTITY_ABOVE_ESTIMATE", params }, "en")).toBe(
      "Item A «Brick»: estimate 48\u00A0000 × 1000 pcs, already billed 350 × 1000 pcs, this invoice 47\u00A0700,1 × 1000 pcs; only 47\u00A0650 × 1000 pcs remain.",
    );
    expect(describeViolation({ code: "QUANTITY_ABOVE_ESTIMATE", params }, "kk")).toBe(
      "A «Brick» позициясы: смета бойынша 48\u00A0000 × 1000 дана, бұрын шот қойылғаны 350 × 1000 дана, осы шот-фактурада 47\u00A0700,1 × 1000 дана; тек 47\u00A0650 × 1000 дана қалды.",
    );
  });

  it("counts in plural forms", () => {
    const params = { invoice: "12", amount: "100", threshold: "100", required: "2", have: "0" };
    expect(describeViolation({ code: "SECOND_APPROVAL_MISSING", params }, "en")).toContain("needs 2 approvals by officials");
    expect(describeViolation({ code: "SECOND_APPROVAL_MISSING", params: { ...params, required: "1" } }, "en")).toContain("needs 1 approval by officials");
    expect(describeViolation({ code: "SECOND_APPROVAL_MISSING", params }, "ru")).toContain("нужно 2 согласования должностных лиц");
    expect(describeViolation({ code: "SECOND_APPROVAL_MISSING", params: { ...params, required: "5" } }, "ru")).toContain("нужно 5 согласований");
  });

  it("shows the dates of an expired colour in Almaty time as dd.mm.yyyy HH:mm, never as raw UTC", () => {
    const params = { colour: "7", expiredAt: "2026-01-31T18:59:59.000Z", attemptedAt: "2026-04-01T03:30:00.000Z" };
    expect(describeViolation({ code: "COLOUR_EXPIRED", params }, "en")).toBe("Colour 7 expired at 31.01.2026 23:59; the payment was attempted at 01.04.2026 08:30.");
    expect(describeViolation({ code: "COLOUR_EXPIRED", params }, "ru")).toBe("Срок действия цвета 7 истёк 31.01.2026 23:59; платёж предпринят 01.04.2026 08:30.");
    expect(describeViolation({ code: "COLOUR_EXPIRED", params }, "kk")).toBe("7 түсінің мерзімі 31.01.2026 23:59 өтті; төлем 01.04.2026 08:30 жасалмақ болды.");
  });

  it("formats instants as the database writes them too, and calendar days without shifting them", () => {
    expect(formatDateParam("2026-01-31T18:59:59+00:00")).toBe("31.01.2026 23:59");
    // Before 1 March 2024 Almaty was UTC+6.
    expect(formatDateParam("2023-12-31T18:00:00Z")).toBe("01.01.2024 00:00");
    expect(formatDateParam("2026-02-28")).toBe("28.02.2026");
    expect(formatDateParam("236310.100.000003")).toBe("236310.100.000003");
    expect(formatDateParam("2026-13-45T99:99:99Z")).toBe("2026-13-45T99:99:99Z");
    expect(formatRuleParams("COLOUR_FROZEN", { colour: "12" })).toEqual({ colour: "12" });
  });

  it("prints shares in per cent, as the forms take them, in every language (never basis points)", () => {
    const advance = { code: "ADVANCE_LIMIT" as const, params: { invoice: "INV-1", limit: "30000000", limitBp: "2500", contractValue: "120000000", alreadyPaid: "0", attempted: "40000000" } };
    expect(describeViolation(advance, "en")).toContain(`(${nb("25 %")} of the contract value`);
    expect(describeViolation(advance, "ru")).toContain(`(${nb("25 %")} от суммы договора`);
    expect(describeViolation(advance, "kk")).toContain(nb("25 %"));
    const exit = { code: "EXIT_SHARE_EXCEEDED" as const, params: { colour: "7", exit: "wages", limitBp: "1250", limit: "125000", received: "1000000", alreadyExited: "100000", attempted: "150000" } };
    expect(describeViolation(exit, "en")).toContain(`(${nb("12.5 %")} of`);
    expect(describeViolation(exit, "ru")).toContain(`(${nb("12,5 %")} от полученных`);
    for (const locale of ["en", "ru", "kk"] as const) {
      for (const v of [advance, exit]) expect(describeViolation(v, locale)).not.toMatch(/basis|базис|2500|1250/);
    }
  });
});
