import "server-only";
import { ZodError, type z } from "zod";
import { failureState, type TFormState } from "./action-state";
import { DomainError } from "./errors";
import { hasMessage, translate, type TLocale, type TParams } from "./i18n";

/** A problem with one form field: a catalogue key and its parameters. */
export type TFieldIssue = { field: string; key: string; params?: TParams };

/**
 * Problems only the database can find (a BIN nobody registered, a quantity above the estimate), reported
 * per field like zod's. The form shows each next to its field.
 */
export class FieldIssuesError extends DomainError {
  constructor(public readonly issues: TFieldIssue[]) {
    super("INVALID_FIELDS", { fields: issues.map((i) => i.field).join(",") });
    this.name = "FieldIssuesError";
  }
}

/**
 * zod issues as field issues. A message is either a full catalogue key ("contractors.errors.iban.format") or,
 * as elsewhere (lib/action-state.ts), a key under errors.fields with an optional ":param" ("tooShort:3").
 */
export function zodFieldIssues(error: z.ZodError): TFieldIssue[] {
  return error.issues.map((issue) => {
    const field = issue.path.join(".") || "_form";
    if (hasMessage(issue.message)) return { field, key: issue.message };
    const [key, param] = issue.message.split(":");
    const full = `errors.fields.${key}`;
    return hasMessage(full) ? { field, key: full, params: { min: param ?? "", max: param ?? "" } } : { field, key: "errors.fields.required" };
  });
}

/** The first issue of each field, in the reader's language. */
export function fieldErrorsOf(issues: TFieldIssue[], locale: TLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.field] ??= translate(locale, issue.key, issue.params);
  return out;
}

/**
 * A refused form in the reader's words: zod and field issues next to their fields (one issue alone also as
 * the form's message, so it cannot be missed), domain errors from the given namespaces' `codes`, and
 * anything else as lib/action-state.ts does it.
 */
export function formFailure(error: unknown, locale: TLocale, values: Record<string, string>, context: string, namespaces: readonly string[]): TFormState {
  const issues = error instanceof ZodError ? zodFieldIssues(error) : error instanceof FieldIssuesError ? error.issues : null;
  if (issues) {
    const fieldErrors = fieldErrorsOf(issues, locale);
    const only = issues.length === 1 && error instanceof FieldIssuesError ? fieldErrors[issues[0]!.field] : undefined;
    return { ok: false, message: only ?? translate(locale, "errors.fixFields"), fieldErrors, values };
  }
  if (error instanceof DomainError) {
    for (const ns of namespaces) {
      const key = `${ns}.codes.${error.code}`;
      if (hasMessage(key)) return { ok: false, message: translate(locale, key, stringParams(error.params)), values };
    }
  }
  return failureState(error, locale, values, context);
}

function stringParams(params: TParams): TParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : v]));
}
