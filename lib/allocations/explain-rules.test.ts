import { describe, expect, it } from "vitest";
import { allocationFormSchema, rulesFromForm } from "./allocation-form";
import { explainRules } from "./explain-rules";

const base = {
  budgetLineId: "1",
  projectId: "2",
  amount: "4 500 000 000",
  expiresOn: "2027-12-25",
  itemScope: "all",
  advanceLimit: "30",
  approvalThreshold: "100 000 000",
  wagesAllowed: "on",
  wagesShare: "25",
  taxesShare: "12",
  reason: "Allocation order No. 17",
};
const schema = allocationFormSchema("2026-11-25");

describe("the allocation form", () => {
  it("turns typed values into tiyn, basis points and an end-of-day expiry in Almaty", () => {
    const form = schema.parse(base);
    const { expiresAt, rules } = rulesFromForm(form);
    expect(form.amount).toBe(450_000_000_000n);
    expect(expiresAt.toISOString()).toBe("2027-12-25T18:59:59.999Z");
    expect(rules).toEqual({
      allowedItemCodes: "all",
      advanceLimitBp: 3000,
      approvalThresholdTiyn: 10_000_000_000n,
      exits: { wages: { allowed: true, maxShareBp: 2500 }, taxes: { allowed: false, maxShareBp: 0 } },
    });
  });

  it.each([
    [{ amount: "0" }, "amount", "amountPositive"],
    [{ amount: "12,345" }, "amount", "amountPrecision"],
    [{ expiresOn: "2026-11-25" }, "expiresOn", "futureDate"],
    [{ expiresOn: "soon" }, "expiresOn", "date"],
    [{ itemScope: "some" }, "items", "chooseItems"],
    [{ advanceLimit: "130" }, "advanceLimit", "percent"],
    [{ reason: "ok" }, "reason", "tooShort:5"],
    [{ budgetLineId: "" }, "budgetLineId", "invalidChoice"],
  ])("refuses %o on %s", (patch, field, message) => {
    const r = schema.safeParse({ ...base, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it("reports the missing items together with the other fields' problems", () => {
    const r = schema.safeParse({ ...base, itemScope: "some", amount: "x" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["amount", "amount"],
      ["items", "chooseItems"],
    ]);
  });

  it("keeps a chosen subset of items, each once, in order", () => {
    const { rules } = rulesFromForm(schema.parse({ ...base, itemScope: "some", items: ["B", "A", "B"] }));
    expect(rules.allowedItemCodes).toEqual(["A", "B"]);
  });
});

describe("explainRules", () => {
  it("says every rule in order, with formatted limits", () => {
    const { rules, expiresAt } = rulesFromForm(schema.parse({ ...base, itemScope: "some", items: ["A"], taxesAllowed: "on" }));
    const sentences = explainRules({ ...rules, expiresAt }, 4);
    expect(sentences.map((s) => s.key)).toEqual(["itemsSome", "expiry", "advance", "threshold", "wagesAllowed", "taxesAllowed", "chain"]);
    expect(sentences[0]!.params).toEqual({ count: 1, total: 4, codes: "A" });
    expect(sentences[1]!.params.date).toBe("25.12.2027");
    expect(sentences[2]!.params.share).toBe("30 %");
    expect(sentences[3]!.params.amount).toBe("100\u00A0000\u00A0000,00\u00A0₸");
  });

  it("names the strict variants", () => {
    const { rules, expiresAt } = rulesFromForm(schema.parse({ ...base, advanceLimit: "0", approvalThreshold: "0", wagesAllowed: undefined }));
    expect(explainRules({ ...rules, expiresAt }, 2).map((s) => s.key)).toEqual(["itemsAll", "expiry", "advanceNone", "thresholdAll", "wagesNone", "taxesNone", "chain"]);
  });
});
