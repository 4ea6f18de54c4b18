import { z } from "zod";
import { DomainError } from "./errors";
import { binProblem } from "./kz/bin";
import { iinProblem } from "./kz/iin";

// PostgreSQL refuses U+0000 in text: a NUL byte in any field reached the database and came back as a 500.
const NUL = "\u0000";

/**
 * A free-text form field: trimmed, without NUL bytes, between min and max characters. Every text that is
 * stored gets a max here, so that no field (a rejection reason went into the permanent journal at 1 MB)
 * is bounded only by the request size. Messages are keys under errors.fields or full catalogue keys.
 */
export function zText({ min = 0, max, trim = true }: { min?: number; max: number; trim?: boolean }) {
  const base = trim ? z.string().trim() : z.string();
  let schema = base.refine((v) => !v.includes(NUL), { message: "input.fields.nul" }).refine((v) => v.length <= max, { message: `tooLong:${max}` });
  if (min > 0) schema = schema.refine((v) => v.length >= min, { message: min === 1 ? "required" : `tooShort:${min}` });
  return schema;
}

export const hasNul = (value: string) => value.includes(NUL);

// Dates people type are days of this century and the next: "0001-01-01" or "+275760-09-13" are typos or
// probes, and an out-of-range date reached PostgreSQL (or JavaScript's Date) as an error.
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A calendar day typed as YYYY-MM-DD: a real day between minYear and MAX_YEAR, kept as the same text. */
export function isSaneDay(value: string, minYear = MIN_YEAR): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < minYear || year > MAX_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Refinement for a schema that checked the format already: the range only. */
export const saneDayOrMalformed = (minYear = MIN_YEAR) => (value: string | null | undefined) => !value || !/^\d{4}-\d{2}-\d{2}$/.test(value) || isSaneDay(value, minYear);

/** A zod field for such a day: "date" when it is not a day, "input.fields.dateRange" when out of range. */
export function zDay() {
  // The range is checked only on a YYYY-MM-DD text, so that a malformed one gets one message, "date".
  return z.string().superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: "custom", message: "date" });
    else if (!isSaneDay(value)) ctx.addIssue({ code: "custom", message: "input.fields.dateRange" });
  });
}

/**
 * The same bounds inside lib, for use cases that take text from any caller (actions, imports, scripts):
 * a NUL byte or more than `max` characters is refused with a code the catalogue words (input.codes).
 */
export function assertStorableText(text: string, max: number): void {
  if (text.includes(NUL)) throw new DomainError("TEXT_NUL");
  if (text.length > max) throw new DomainError("TEXT_TOO_LONG", { max });
}

/** A required BIN field: trimmed, twelve digits with a valid check digit; the message names the problem (errors bin.*). */
export function zBin() {
  return z
    .string()
    .trim()
    .superRefine((bin, ctx) => {
      const problem = binProblem(bin);
      if (problem) ctx.addIssue({ code: "custom", message: `bin.${problem}` });
    });
}

/** An optional number with a check digit (IIN, BIN): trimmed, empty reads as null; one given must pass `problemOf`,
 * whose answer names the message (`<prefix>.<problem>`). */
function zOptionalChecked(problemOf: (value: string) => string | null, prefix: string) {
  return z
    .string()
    .trim()
    .nullish()
    .transform((v) => v || null)
    .superRefine((value, ctx) => {
      const problem = value ? problemOf(value) : null;
      if (problem) ctx.addIssue({ code: "custom", message: `${prefix}.${problem}` });
    });
}

/** An optional IIN field (messages contractors.errors.iin.*). */
export const zOptionalIin = () => zOptionalChecked(iinProblem, "contractors.errors.iin");

/** An optional company BIN field (messages bin.*). */
export const zOptionalBin = () => zOptionalChecked(binProblem, "bin");
