import "server-only";
import { z } from "zod";
import { DomainError, logUnexpected } from "./errors";
import { translate, type TLocale } from "./i18n";

/** What a form action returns: a message for the whole form, per-field errors, and the values typed. */
export type TFormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

/** zod issue messages are catalogue keys under errors.fields, optionally "key:param" (e.g. "tooShort:10"). */
export function fieldErrorsFrom(error: z.ZodError, locale: TLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (out[field]) continue;
    const [key, param] = issue.message.split(":");
    const full = `errors.fields.${key}`;
    const text = translate(locale, full, { min: param ?? "", max: param ?? "" });
    out[field] = text === full ? translate(locale, "errors.fields.required") : text;
  }
  return out;
}

/** Maps a failure to form state: domain errors in the reader's words, anything else logged with a reference. */
export function failureState(error: unknown, locale: TLocale, values?: Record<string, string>, context = "action"): TFormState {
  if (error instanceof DomainError) {
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : v]));
    const text = translate(locale, `errors.codes.${error.code}`, params);
    return { ok: false, message: text.startsWith("errors.codes.") ? error.code : text, values };
  }
  const ref = logUnexpected(error, context);
  return { ok: false, message: translate(locale, "errors.generic", { ref }), values };
}

export function formValues(form: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(form.get(f) ?? "")]));
}
