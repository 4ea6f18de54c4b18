import "server-only";
import { z } from "zod";
import { DomainError, logUnexpected } from "./errors";
import { isValueRefusedByDatabase } from "./http/value-refused";
import { formatDate } from "./dates";
import { hasMessage, translate, type TLocale } from "./i18n";
import { isRetryable } from "./ledger/retry";
import { formatTiyn } from "./money";
import { formatQuantityMilli } from "./rules/amounts";
import { RULE_MESSAGES } from "./i18n/rule-messages";
import { describeViolation } from "./i18n/rule-present";
import type { TRuleCode } from "./rules/types";

// Domain errors carry raw values (tiyn, thousandths of a unit, ISO instants); these parameter names are
// formatted for the reader before they reach a sentence.
const MONEY_PARAMS = new Set(["remaining", "attempted", "amount", "balance", "minted", "ceiling", "value"]);
const QUANTITY_PARAMS = new Set(["quantity", "contracted", "billed", "estimate"]);
const DATE_PARAMS = new Set(["expiresAt", "date"]);

function presentParams(params: Record<string, string | number | bigint>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      const raw = typeof v === "string" ? v : v.toString();
      if (/^-?\d+$/.test(raw) && MONEY_PARAMS.has(k)) return [k, formatTiyn(BigInt(raw))];
      if (/^-?\d+$/.test(raw) && QUANTITY_PARAMS.has(k)) return [k, formatQuantityMilli(BigInt(raw))];
      if (DATE_PARAMS.has(k) && !Number.isNaN(Date.parse(raw))) return [k, formatDate(new Date(raw))];
      return [k, raw];
    }),
  );
}

/** A domain error in the reader's words: the catalogue's sentence, else the purpose rule's own message. */
export function describeDomainError(error: DomainError, locale: TLocale): string {
  const key = `errors.codes.${error.code}`;
  if (hasMessage(key)) return translate(locale, key, presentParams(error.params));
  if (hasMessage(`input.codes.${error.code}`)) return translate(locale, `input.codes.${error.code}`, presentParams(error.params));
  if (Object.hasOwn(RULE_MESSAGES, error.code)) {
    const raw = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === "string" ? v : v.toString()]));
    return describeViolation({ code: error.code as TRuleCode, params: raw }, locale);
  }
  return error.code;
}

/** What a form action returns: a message for the whole form, per-field errors, and the values typed. */
export type TFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/**
 * zod issue messages are catalogue keys under errors.fields, optionally "key:param" (e.g. "tooShort:10"), or
 * full catalogue keys ("input.fields.nul", from the shared field builders of lib/text-field.ts).
 */
export function fieldErrorsFrom(error: z.ZodError, locale: TLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (out[field]) continue;
    if (hasMessage(issue.message)) {
      out[field] = translate(locale, issue.message);
      continue;
    }
    const [key, param] = issue.message.split(":");
    const full = `errors.fields.${key}`;
    const text = translate(locale, full, { min: param ?? "", max: param ?? "" });
    out[field] = text === full ? translate(locale, "errors.fields.required") : text;
  }
  return out;
}

/**
 * Maps a failure to form state: domain errors in the reader's words, anything else logged with a reference.
 * `fields` names the form field a domain error is about (e.g. REASON_REQUIRED → "reason"): the sentence then
 * also shows beside that field, as a zod error would. Like a lone FieldIssuesError (lib/field-issues.ts), it
 * stays the form's message too, so it cannot be missed.
 */
export function failureState(error: unknown, locale: TLocale, values?: Record<string, string>, context = "action", fields?: Partial<Record<string, string>>): TFormState {
  if (error instanceof DomainError) {
    const message = describeDomainError(error, locale);
    const field = fields?.[error.code];
    if (field) return { ok: false, message, fieldErrors: { [field]: message }, values };
    return { ok: false, message, values };
  }
  // A deadlock or serialization failure that outlasted its retries (lib/ledger/retry) is a race, not a fault:
  // the user is told to try again rather than shown "unexpected error" (issue 13, finding 12).
  if (isRetryable(error)) return { ok: false, message: translate(locale, "concurrency.busy"), values };
  if (isValueRefusedByDatabase(error)) {
    // A value no parser caught (lib/http/parse-id.ts, lib/text-field.ts): the user's error, said as one;
    // logged in one line so that the missing check can be added.
    console.warn(`${context}: a value was refused by the database`);
    return { ok: false, message: translate(locale, "input.refused"), values };
  }
  const ref = logUnexpected(error, context);
  return { ok: false, message: translate(locale, "errors.generic", { ref }), values };
}

export function formValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")]));
}
