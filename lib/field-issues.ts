import "server-only";
import type { z } from "zod";
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
