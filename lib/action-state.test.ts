import { describe, expect, it } from "vitest";
import { failureState } from "./action-state";
import { DomainError } from "./errors";

describe("failureState", () => {
  it("shows a domain refusal beside the field it is about, and keeps it as the form's message", () => {
    const exceeded = new DomainError("BUDGET_LINE_EXCEEDED", { remaining: "5000000000000", attempted: "6000000000000" });
    const sentence = "The budget line has only 50\u00A0000\u00A0000\u00A0000,00\u00A0₸ available; 60\u00A0000\u00A0000\u00A0000,00\u00A0₸ was asked for.";
    expect(failureState(exceeded, "en", { amount: "60 000 000 000" }, "test", { BUDGET_LINE_EXCEEDED: "amount" })).toEqual({
      ok: false,
      message: sentence,
      fieldErrors: { amount: sentence },
      values: { amount: "60 000 000 000" },
    });
    // Codes the form does not map stay form-level.
    expect(failureState(exceeded, "en", {}, "test", { REASON_REQUIRED: "reason" })).toEqual({ ok: false, message: sentence, values: {} });
    expect(failureState(new DomainError("REASON_REQUIRED"), "ru", {}, "test", { REASON_REQUIRED: "reason" }).fieldErrors).toEqual({ reason: "Укажите причину (не менее 5 символов)." });
  });
});
