import { z } from "zod";

// Every Int column is PostgreSQL int4: an id above this reached Prisma as a value it cannot bind, and the
// request ended in a 500 instead of "not found". BigInt columns (transfers, journal entries) take int8.
export const INT4_MAX = 2_147_483_647;
export const INT8_MAX = 9_223_372_036_854_775_807n;

// Decimal digits only, no sign, no leading zero: "0x10", "1.5", "1e3", " 7", "+7" and "007" are not ids.
// Number("0x10") is 16 and Number("1.5") truncated to 1 by Prisma: both once acted on another record.
const ID_TEXT = /^[1-9][0-9]{0,18}$/;

/** The one reading of an id from a URL, a query string or a form: a positive int4, or null. */
export function parseId(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw > 0 && raw <= INT4_MAX ? raw : null;
  if (typeof raw !== "string" || raw.length > 10 || !ID_TEXT.test(raw)) return null;
  const id = Number(raw);
  return id <= INT4_MAX ? id : null;
}

/** An id of a BigInt (int8) column, e.g. a transfer: a positive bigint, or null. */
export function parseBigId(raw: unknown): bigint | null {
  if (typeof raw === "bigint") return raw > 0n && raw <= INT8_MAX ? raw : null;
  if (typeof raw === "number") return Number.isSafeInteger(raw) && raw > 0 ? BigInt(raw) : null;
  if (typeof raw !== "string" || !ID_TEXT.test(raw)) return null;
  const id = BigInt(raw);
  return id <= INT8_MAX ? id : null;
}

/**
 * An id field of a zod schema (forms, lib inputs): the same rule as parseId. The message is a key under
 * errors.fields, as every form's zod messages are (lib/actions/action-errors.ts).
 */
// `.optional()` before the transform: zod 4 refuses a missing key of a z.unknown() whose output may be
// undefined ("expected nonoptional") before the transform can say what is wrong in the form's words.
export function zId(message = "invalidChoice") {
  return z.unknown().optional().transform((value, ctx) => {
    const id = parseId(value);
    if (id === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return id;
  });
}

export const ZId = zId();

/** An optional id: "" (the form's "none"), null and a missing key read as null, anything else must be an id. */
export function zOptionalId(message = "invalidChoice") {
  return z.unknown().optional().transform((value, ctx) => {
    if (value === "" || value === null || value === undefined) return null;
    const id = parseId(value);
    if (id === null) {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    return id;
  });
}
