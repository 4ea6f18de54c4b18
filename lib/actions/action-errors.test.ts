import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { DomainError, FieldIssuesError, ForbiddenError, NotFoundError, type TFieldIssue } from "../errors";
import { translate } from "../i18n";
import { RuleRefusal } from "../ledger/refusal";
import type { TRuleViolation } from "../rules/types";
import { COMPANY_ERRORS, describeDomainError, errorKind, failureState, fieldErrorsOf, zodFieldIssues, type TErrorKind } from "./action-errors";

const Z = z.object({
  name: z.string().min(3, { message: "tooShort:3" }),
  iban: z.string().refine(() => false, { message: "contractors.errors.iban.checksum" }),
  odd: z.string().refine(() => false, { message: "no such key" }),
  rows: z.array(z.object({ qty: z.string().refine(() => false, { message: "contracts.errors.quantity" }) })),
});
const zodError = Z.safeParse({ name: "ab", iban: "x", odd: "y", rows: [{ qty: "1" }] }).error!;

const price: TRuleViolation = { code: "PRICE_ABOVE_CEILING", line: 0, params: { item: "01-001", itemName: "Cement", attempted: "150000", ceiling: "100000", unit: "t" }, message: "" };
const balance: TRuleViolation = { code: "INSUFFICIENT_BALANCE", params: { colour: "7", balance: "100", attempted: "200" }, message: "" };
const deadlock = { code: "P2010", meta: { code: "40P01", message: "deadlock detected" } };
const valueRefused = { code: "P2020", meta: { driverAdapterError: { cause: { originalCode: "22003" } } } };

const GENERIC = /^An unexpected error occurred\. Nothing was changed\. Reference: [0-9A-F]{8}$/;

describe("the error registry: each kind of failure", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each<[string, unknown, TErrorKind]>([
    ["a zod error", zodError, "fields"],
    ["a FieldIssuesError", new FieldIssuesError([{ field: "bin", key: "contracts.errors.companyNotFound", params: { bin: "1" } }]), "fields"],
    ["a purpose-rule refusal", new RuleRefusal([price]), "refusal"],
    ["not found", new NotFoundError("invoice"), "notFound"],
    ["a role refusal", new ForbiddenError(), "forbidden"],
    ["a domain error", new DomainError("BUDGET_LINE_EXISTS"), "domain"],
    ["a deadlock after its retries", deadlock, "busy"],
    ["a value the database refused", valueRefused, "valueRefused"],
    ["anything else", new Error("boom"), "unexpected"],
    ["a thrown string", "boom", "unexpected"],
  ])("%s is %s", (_name, error, kind) => {
    expect(errorKind(error)).toBe(kind);
  });

  it.each<[string, unknown, Parameters<typeof failureState>[4], ReturnType<typeof failureState>]>([
    [
      "zod: each field's first problem, the form asks to correct them",
      zodError,
      {},
      {
        ok: false,
        message: "Please correct the highlighted fields.",
        fieldErrors: fieldErrorsOf(zodFieldIssues(zodError), "en"),
        values: { a: "1" },
      },
    ],
    [
      "one field issue found by lib: beside its field and as the form's message",
      new FieldIssuesError([{ field: "contractorBin", key: "contracts.errors.companyNotFound", params: { bin: "940140000385" } }]),
      {},
      {
        ok: false,
        message: translate("en", "contracts.errors.companyNotFound", { bin: "940140000385" }),
        fieldErrors: { contractorBin: translate("en", "contracts.errors.companyNotFound", { bin: "940140000385" }) },
        values: { a: "1" },
      },
    ],
    [
      "a rule refusal without an introduction: the first rule's sentence",
      new RuleRefusal([balance, price]),
      {},
      { ok: false, message: "Insufficient balance in colour 7: balance 1,00\u00A0₸, attempted 2,00\u00A0₸.", values: { a: "1" } },
    ],
    [
      "a rule refusal with an introduction: every reason, also one per line",
      new RuleRefusal([balance]),
      { refused: "invoices.refusedBecause" },
      {
        ok: false,
        message: "Payment refused, nothing was paid: Insufficient balance in colour 7: balance 1,00\u00A0₸, attempted 2,00\u00A0₸.",
        reasons: ["Insufficient balance in colour 7: balance 1,00\u00A0₸, attempted 2,00\u00A0₸."],
        values: { a: "1" },
      },
    ],
    ["not found", new NotFoundError("invoice"), {}, { ok: false, message: translate("en", "errors.codes.NOT_FOUND"), values: { a: "1" } }],
    ["a role refusal", new ForbiddenError(), {}, { ok: false, message: translate("en", "errors.codes.FORBIDDEN"), values: { a: "1" } }],
    ["a role refusal where out of scope reads as not found", new ForbiddenError(), COMPANY_ERRORS, { ok: false, message: translate("en", "company.errors.NOT_FOUND"), values: { a: "1" } }],
    [
      "a domain error the form maps to a field: beside it, and the form's message",
      new DomainError("REASON_REQUIRED"),
      { fields: { REASON_REQUIRED: "reason" } },
      { ok: false, message: translate("en", "errors.codes.REASON_REQUIRED"), fieldErrors: { reason: translate("en", "errors.codes.REASON_REQUIRED") }, values: { a: "1" } },
    ],
    ["busy: try again", deadlock, {}, { ok: false, message: translate("en", "concurrency.busy"), values: { a: "1" } }],
    ["a value refused by the database: the user's error", valueRefused, {}, { ok: false, message: translate("en", "input.refused"), values: { a: "1" } }],
  ])("%s", (_name, error, options, expected) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(failureState(error, "en", { a: "1" }, "test", options)).toEqual(expected);
  });

  it("an unexpected error is logged with a reference; the user sees only the generic sentence with it, never the error's text", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = failureState(new Error("relation \"secret_table\" does not exist"), "en", undefined, "someAction");
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(GENERIC);
    expect(state.message).not.toContain("secret_table");
    const ref = state.message!.slice(-8);
    expect(log).toHaveBeenCalledWith(`[${ref}] someAction:`, expect.stringContaining("secret_table"));
  });

  it("a company form's rule refusal lists every reason under the company's sentence", () => {
    const state = failureState(new RuleRefusal([balance, price]), "en", undefined, "test", COMPANY_ERRORS);
    expect(state.message).toBe(translate("en", "company.refused"));
    expect(state.reasons).toHaveLength(2);
  });
});

describe("the registry's wording", () => {
  it("tries the action's sections before the shared catalogue (one code, the screen's words)", () => {
    const missing = new DomainError("COMPANY_NOT_FOUND", { bin: "940140000385" });
    expect(describeDomainError(missing, "en")).toBe("No company with BIN 940140000385 is registered. Register the company first.");
    expect(describeDomainError(missing, "en", ["company"])).toBe("No company with BIN 940140000385 is registered in the portal.");
    expect(describeDomainError(new DomainError("COMPANY_NOT_DEBARRED", { name: "X LLP" }), "en", ["contractors"])).toBe("«X LLP» is not debarred.");
    expect(describeDomainError(new DomainError("BIN_TAKEN", { bin: "1" }), "en", ["contractors"])).toBe("An organisation with BIN 1 is already registered.");
  });

  it("shows money, quantities and dates in the reader's format, by code where a code says so", () => {
    const exceeded = new DomainError("BUDGET_LINE_EXCEEDED", { remaining: "5000000000000", attempted: "6000000000000" });
    expect(describeDomainError(exceeded, "en")).toBe("The budget line has only 50\u00A0000\u00A0000\u00A0000,00\u00A0₸ available; 60\u00A0000\u00A0000\u00A0000,00\u00A0₸ was asked for.");
    expect(describeDomainError(new DomainError("SUBCONTRACT_ABOVE_REMAINING", { attempted: 50000000000n, remaining: "29999900000" }), "en", ["company"])).toBe(
      "The subcontract value 500\u00A0000\u00A0000,00\u00A0₸ is more than the remaining value of your contract, 299\u00A0999\u00A0000,00\u00A0₸.",
    );
  });

  it("words a purpose rule's code by the rules when no catalogue has it; an unknown code stays itself", () => {
    expect(describeDomainError(new DomainError("INSUFFICIENT_BALANCE", { colour: "7", balance: "100", attempted: "200" }), "en")).toBe("Insufficient balance in colour 7: balance 1,00\u00A0₸, attempted 2,00\u00A0₸.");
    expect(describeDomainError(new DomainError("NO_SUCH_CODE"), "en")).toBe("NO_SUCH_CODE");
  });

  it("reads zod messages as full keys, a section's field keys, or errors.fields keys with a parameter", () => {
    expect(zodFieldIssues(zodError)).toEqual([
      { field: "name", key: "errors.fields.tooShort", params: { min: "3", max: "3" } },
      { field: "iban", key: "contractors.errors.iban.checksum" },
      { field: "odd", key: "errors.fields.required" },
      { field: "rows.0.qty", key: "contracts.errors.quantity" },
    ]);
    const noLines = z.object({ lines: z.array(z.string()).min(1, "noLines") }).safeParse({ lines: [] }).error!;
    expect(zodFieldIssues(noLines, ["company"])).toEqual([{ field: "lines", key: "company.fields.noLines", params: { min: "", max: "" } }]);
    expect(fieldErrorsOf(zodFieldIssues(zodError), "ru")).toMatchObject({ name: "Не менее 3 символов.", "rows.0.qty": "Количество больше нуля, не более трёх знаков после запятой." });
  });

  it("shows the first problem of each field", () => {
    const issues: TFieldIssue[] = [
      { field: "value", key: "contracts.errors.valueAboveItems", params: { total: "1,00 ₸" } },
      { field: "value", key: "contracts.errors.valueAboveColour", params: { available: "0,00 ₸" } },
    ];
    expect(fieldErrorsOf(issues, "en")).toEqual({ value: "More than the chosen items cost at these prices (1,00 ₸)." });
  });
});
