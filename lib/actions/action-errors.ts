import "server-only";
import { ZodError } from "zod";
import { formatDate } from "../dates";
import { DomainError, FieldIssuesError, ForbiddenError, logUnexpected, NotFoundError, type TErrorParams, type TFieldIssue } from "../errors";
import { hasMessage, translate, type TLocale } from "../i18n";
import { RuleRefusal } from "../ledger/refusal";
import { isRetryable } from "../ledger/retry";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../quantity";
import { RULE_MESSAGES } from "../i18n/rule-messages";
import { describeViolation, formatDateParam, formatRuleParams } from "../i18n/rule-present";
import type { TRuleCode } from "../rules/types";
import type { TFormState } from "./action-state";
import { isValueRefusedByDatabase } from "../http/value-refused";
import { unitLabel } from "../unit-label";

// The one error registry (decision 0090): what kind of failure an error is, which catalogue key words it, how
// its parameters are shown, and the form state it becomes. Every server action answers through it
// (lib/actions/action.ts), and the import (lib/import/describe-refusal.ts) words refusals with it.

/**
 * The kinds of failure, each answered one way:
 * - fields: zod or FieldIssuesError: each problem beside its field;
 * - refusal: purpose rules refused (RuleRefusal): the reasons, each on its own line;
 * - notFound: NotFoundError, and an out-of-scope record reads the same ("not found", never "forbidden");
 * - forbidden: the role may not (authorize → ForbiddenError);
 * - domain: any other DomainError: the catalogue's sentence for its code;
 * - busy: a deadlock or serialization failure that outlasted its retries: "try again" (a race, not a fault);
 * - valueRefused: a value the database refused that no parser caught: the user's error, logged in one line;
 * - unexpected: anything else: logged with a reference id, the user sees a generic sentence with it.
 */
export type TErrorKind = "fields" | "refusal" | "notFound" | "forbidden" | "domain" | "busy" | "valueRefused" | "unexpected";

export function errorKind(error: unknown): TErrorKind {
  if (error instanceof ZodError || error instanceof FieldIssuesError) return "fields";
  if (error instanceof RuleRefusal) return "refusal";
  if (error instanceof NotFoundError) return "notFound";
  if (error instanceof ForbiddenError) return "forbidden";
  if (error instanceof DomainError) return "domain";
  // A deadlock or serialization failure that outlasted its retries (lib/ledger/retry) is a race, not a fault:
  // the user is told to try again rather than shown "unexpected error" (issue 13, finding 12).
  if (isRetryable(error)) return "busy";
  if (isValueRefusedByDatabase(error)) return "valueRefused";
  return "unexpected";
}

/**
 * Catalogue sections a screen words its own refusals in, tried before the shared errors.codes and input.codes
 * (then the purpose rules' messages). `fields` also holds the section's wording of zod field messages.
 */
export type TSection = "company" | "contractors" | "contracts" | "security" | "personRelations" | "meals" | "mealsOffice";
const SECTIONS: Record<TSection, { codes: string; fields?: string }> = {
  company: { codes: "company.errors", fields: "company.fields" },
  contractors: { codes: "contractors.codes" },
  contracts: { codes: "contracts.codes" },
  security: { codes: "security.errors" },
  personRelations: { codes: "personRelations.codes" },
  meals: { codes: "meals.errors" },
  mealsOffice: { codes: "mealsOffice.errors" },
};
const SHARED_CODES = ["errors.codes", "input.codes"] as const;

// How a code's raw parameters (tiyn, thousandths of a unit, ISO instants) are shown. A purpose rule's codes are
// shown by the rules (lib/rules/present.ts); codes listed here by their own table; any other by parameter name.
type TParamKind = "money" | "quantity" | "date" | "dateParam";
const PARAMS_BY_CODE: Record<string, Record<string, TParamKind>> = {
  SUBCONTRACT_ABOVE_REMAINING: { remaining: "money", attempted: "money" },
  SUBCONTRACT_QUANTITY_ABOVE_REMAINING: { contract: "quantity", subcontracted: "quantity", attempted: "quantity", remaining: "quantity" },
  SUBCONTRACT_COLOUR_EXPIRED: { expiredAt: "dateParam" },
  TARIFF_ABOVE_CEILING: { tariff: "money", ceiling: "money" },
};
const PARAMS_BY_NAME: Record<string, TParamKind> = {
  remaining: "money",
  attempted: "money",
  amount: "money",
  balance: "money",
  minted: "money",
  ceiling: "money",
  value: "money",
  quantity: "quantity",
  contracted: "quantity",
  billed: "quantity",
  estimate: "quantity",
  expiresAt: "date",
  date: "date",
};

function showParam(kind: TParamKind | undefined, raw: string, locale: TLocale, unit: string | undefined): string {
  const integer = /^-?\d+$/.test(raw);
  if (kind === "money" && integer) return formatTiyn(BigInt(raw));
  // A quantity carries its unit, as the reader's language writes it ("350 × 1000 шт"): messages have no {unit} after one.
  if (kind === "quantity" && integer) return formatQuantityMilli(BigInt(raw), locale, unit);
  if (kind === "date" && !Number.isNaN(Date.parse(raw))) return formatDate(new Date(raw));
  if (kind === "dateParam") return formatDateParam(raw);
  return raw;
}

const rawParams = (params: TErrorParams) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? v : v.toString()]));
const isRuleCode = (code: string): code is TRuleCode => Object.hasOwn(RULE_MESSAGES, code);

/** A code's parameters as the reader sees them. */
export function presentParams(code: string, params: TErrorParams, locale: TLocale): Record<string, string> {
  const raw = rawParams(params);
  if (isRuleCode(code)) return formatRuleParams(code, raw, locale);
  const own = PARAMS_BY_CODE[code];
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, showParam(own ? own[k] : PARAMS_BY_NAME[k], v, locale, raw.unit)]));
}

/** A domain error in the reader's words: the sections' sentence, the shared catalogue's, else the purpose rule's own. */
export function describeDomainError(error: DomainError, locale: TLocale, sections: readonly TSection[] = []): string {
  for (const ns of [...sections.map((s) => SECTIONS[s].codes), ...SHARED_CODES]) {
    const key = `${ns}.${error.code}`;
    if (hasMessage(key)) return translate(locale, key, presentParams(error.code, error.params, locale));
  }
  if (isRuleCode(error.code)) return describeViolation({ code: error.code, params: rawParams(error.params) }, locale);
  return error.code;
}

/**
 * zod issues as field issues. A message is a full catalogue key ("contractors.errors.iban.format"), or a key
 * under a section's fields or the shared errors.fields, with an optional ":param" ("tooShort:3" → {min} = 3).
 */
export function zodFieldIssues(error: ZodError, sections: readonly TSection[] = []): TFieldIssue[] {
  const fieldSections = sections.flatMap((s) => SECTIONS[s].fields ?? []);
  return error.issues.map((issue) => {
    const field = issue.path.join(".") || "_form";
    if (hasMessage(issue.message)) return { field, key: issue.message };
    const [key, param] = issue.message.split(":");
    const full = [...fieldSections, "errors.fields"].map((ns) => `${ns}.${key}`).find(hasMessage);
    return full ? { field, key: full, params: { min: param ?? "", max: param ?? "" } } : { field, key: "errors.fields.required" };
  });
}

/** The first issue of each field, in the reader's language. */
export function fieldErrorsOf(issues: readonly TFieldIssue[], locale: TLocale): Record<string, string> {
  const out: Record<string, string> = {};
  // A unit named in a field's message reads in the reader's language, as quantities do (lib/unit-label.ts).
  for (const issue of issues) out[issue.field] ??= translate(locale, issue.key, issue.params?.unit ? { ...issue.params, unit: unitLabel(String(issue.params.unit), locale) } : issue.params);
  return out;
}

/** How an action words its failures (lib/actions/action.ts passes its spec's `errors` here). */
export type TErrorOptions = {
  /** Catalogue sections tried first for a code (see SECTIONS). */
  sections?: readonly TSection[];
  /** The form field a code is about (REASON_REQUIRED → "reason"): the sentence shows beside it too. */
  fields?: Partial<Record<string, string>>;
  /** The sentence that introduces a purpose-rule refusal ({reasons}: all of them); else the first rule's sentence. */
  refused?: string;
  /** A role refusal reads as "not found" too, so that an id of another company reveals nothing. */
  forbiddenReadsAsNotFound?: boolean;
};

/**
 * How a company's forms word failures: their own catalogue section first, a role refusal reads as "not found"
 * (an id of another company reveals nothing), and a purpose-rule refusal lists every reason.
 */
export const COMPANY_ERRORS = { sections: ["company"], forbiddenReadsAsNotFound: true, refused: "company.refused" } as const satisfies TErrorOptions;

/** Any failure as form state, in the reader's words; the values typed come back so the form keeps them. */
export function failureState(error: unknown, locale: TLocale, values: Record<string, string> | undefined, context: string, options: TErrorOptions = {}): TFormState {
  const sections = options.sections ?? [];
  const kind = errorKind(error);
  switch (kind) {
    case "fields": {
      const issues = error instanceof ZodError ? zodFieldIssues(error, sections) : (error as FieldIssuesError).issues;
      const fieldErrors = fieldErrorsOf(issues, locale);
      // One problem found by lib is also the form's message, so it cannot be missed.
      const only = issues.length === 1 && error instanceof FieldIssuesError ? fieldErrors[issues[0]!.field] : undefined;
      return { ok: false, message: only ?? translate(locale, "errors.fixFields"), fieldErrors, values };
    }
    case "refusal":
      if (options.refused) {
        const reasons = (error as RuleRefusal).violations.map((v) => describeViolation(v, locale));
        return { ok: false, message: translate(locale, options.refused, { reasons: reasons.join(" ") }), reasons, values };
      }
      return domainState(error as DomainError, locale, values, options);
    case "forbidden":
      return domainState(options.forbiddenReadsAsNotFound ? new NotFoundError() : (error as DomainError), locale, values, options);
    case "notFound":
    case "domain":
      return domainState(error as DomainError, locale, values, options);
    case "busy":
      return { ok: false, message: translate(locale, "concurrency.busy"), values };
    case "valueRefused":
      // A value no parser caught (lib/http/parse-id.ts, lib/text-field.ts): the user's error, said as one;
      // logged in one line so that the missing check can be added.
      console.warn(`${context}: a value was refused by the database`);
      return { ok: false, message: translate(locale, "input.refused"), values };
    case "unexpected":
      return { ok: false, message: translate(locale, "errors.generic", { ref: logUnexpected(error, context) }), values };
  }
}

function domainState(error: DomainError, locale: TLocale, values: Record<string, string> | undefined, options: TErrorOptions): TFormState {
  const message = describeDomainError(error, locale, options.sections);
  const field = options.fields?.[error.code];
  return field ? { ok: false, message, fieldErrors: { [field]: message }, values } : { ok: false, message, values };
}
