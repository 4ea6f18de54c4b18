import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "./errors";
import { FieldIssuesError, fieldErrorsOf, formFailure, zodFieldIssues, type TFieldIssue } from "./field-issues";

const Z = z.object({
  name: z.string().min(3, { message: "tooShort:3" }),
  iban: z.string().refine(() => false, { message: "contractors.errors.iban.checksum" }),
  odd: z.string().refine(() => false, { message: "no such key" }),
  rows: z.array(z.object({ qty: z.string().refine(() => false, { message: "contracts.errors.quantity" }) })),
});

describe("field issues", () => {
  const error = Z.safeParse({ name: "ab", iban: "x", odd: "y", rows: [{ qty: "1" }] }).error!;

  it("reads zod messages as errors.fields keys with a parameter, or as full catalogue keys", () => {
    expect(zodFieldIssues(error)).toEqual([
      { field: "name", key: "errors.fields.tooShort", params: { min: "3", max: "3" } },
      { field: "iban", key: "contractors.errors.iban.checksum" },
      { field: "odd", key: "errors.fields.required" },
      { field: "rows.0.qty", key: "contracts.errors.quantity" },
    ]);
  });

  it("shows the first problem of each field in the reader's language", () => {
    expect(fieldErrorsOf(zodFieldIssues(error), "ru")).toMatchObject({ name: "Не менее 3 символов.", "rows.0.qty": "Количество больше нуля, не более трёх знаков после запятой." });
    const issues: TFieldIssue[] = [
      { field: "value", key: "contracts.errors.valueAboveItems", params: { total: "1,00 ₸" } },
      { field: "value", key: "contracts.errors.valueAboveColour", params: { available: "0,00 ₸" } },
    ];
    expect(fieldErrorsOf(issues, "en")).toEqual({ value: "More than the chosen items cost at these prices (1,00 ₸)." });
  });

  it("turns a refusal into form state: one problem is also the form's message; codes come from the namespaces", () => {
    const one = new FieldIssuesError([{ field: "contractorBin", key: "contracts.errors.companyNotFound", params: { bin: "940140000385" } }]);
    expect(formFailure(one, "en", { a: "1" }, "test", ["contracts"])).toEqual({
      ok: false,
      message: "No company with BIN 940140000385 is in the registry. Register it first.",
      fieldErrors: { contractorBin: "No company with BIN 940140000385 is in the registry. Register it first." },
      values: { a: "1" },
    });
    expect(formFailure(error, "en", {}, "test", [])).toMatchObject({ ok: false, message: "Please correct the highlighted fields." });
    expect(formFailure(new DomainError("COMPANY_NOT_DEBARRED", { name: "X LLP" }), "en", {}, "test", ["contractors"])).toMatchObject({ message: "«X LLP» is not debarred." });
    expect(formFailure(new DomainError("BIN_TAKEN", { bin: "1" }), "en", {}, "test", ["contractors"])).toMatchObject({ message: "An organisation with BIN 1 is already registered." });
  });
});
