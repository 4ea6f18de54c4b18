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

  it.each([
    ["a deadlock", { code: "P2010", meta: { code: "40P01", message: "deadlock detected" } }],
    ["a serialization failure at COMMIT", { cause: { kind: "TransactionWriteConflict", originalCode: "40001" } }],
  ])("%s that outlasted its retries asks the user to try again, not an unexpected error", (_name, error) => {
    expect(failureState(error, "en", { a: "1" }, "test")).toEqual({ ok: false, message: "Someone else was changing the same record at that moment. Nothing was saved: try again.", values: { a: "1" } });
  });
});
