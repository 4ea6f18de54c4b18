import { tiynToDecimalString } from "../money";

// Small pieces of the OCDS mapping: amounts, dates and identifiers.

/** Larger amounts would need more than 15 significant digits, the most a JSON number carries exactly. */
const MAX_EXACT_TIYN = 10n ** 15n;

/**
 * An OCDS Value from integer tiyn. The amount is the exact decimal text ("1234.56") read as a number: every decimal
 * of at most 15 significant digits prints back as the same text, so no float division is ever involved.
 */
export function ocdsValue(tiyn: bigint): { amount: number; currency: "KZT" } {
  if (tiyn >= MAX_EXACT_TIYN || tiyn <= -MAX_EXACT_TIYN) throw new RangeError(`amount ${tiyn} tiyn has more than 15 significant digits`);
  return { amount: Number(tiynToDecimalString(tiyn)), currency: "KZT" };
}

/** Kazakhstan has one time zone, UTC+05:00, since 1 March 2024; OCDS dates carry their offset. */
const OFFSET_MS = 5 * 60 * 60 * 1000;

/** A moment as an OCDS date-time in Kazakhstan time: "2026-03-01T14:05:09+05:00". */
export function ocdsDateTime(d: Date): string {
  return new Date(d.getTime() + OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, "+05:00");
}

/** A calendar day (a @db.Date column, midnight UTC) as the start of that day in Kazakhstan. */
export function ocdsDay(d: Date): string {
  return `${d.toISOString().slice(0, 10)}T00:00:00+05:00`;
}

export const ocidOf = (prefix: string, contractId: number) => `${prefix}-${contractId}`;

/** The contract id an ocid names, or null when it is not one of ours. */
export function contractIdOfOcid(prefix: string, ocid: string): number | null {
  if (!ocid.startsWith(`${prefix}-`)) return null;
  const rest = ocid.slice(prefix.length + 1);
  if (!/^[1-9]\d{0,9}$/.test(rest)) return null;
  const id = Number(rest);
  return id <= 2_147_483_647 ? id : null;
}

export type TReleaseKind = "contract" | "subcontract" | "payment" | "refused";
export const RELEASE_KINDS: readonly TReleaseKind[] = ["contract", "subcontract", "payment", "refused"];

export const INT8_MAX = 9_223_372_036_854_775_807n;

export const releaseIdOf = (ocid: string, kind: TReleaseKind, ref: bigint | number) => `${ocid}-${kind}-${ref}`;

/** A release id split into its process, kind and reference, or null when it is not one of ours. */
export function parseReleaseId(prefix: string, id: string): { contractId: number; kind: TReleaseKind; ref: bigint } | null {
  const match = /^(.+)-(contract|subcontract|payment|refused)-([1-9]\d{0,18})$/.exec(id);
  if (!match) return null;
  const contractId = contractIdOfOcid(prefix, match[1]!);
  const ref = BigInt(match[3]!);
  if (contractId === null || ref > INT8_MAX) return null;
  return { contractId, kind: match[2] as TReleaseKind, ref };
}
