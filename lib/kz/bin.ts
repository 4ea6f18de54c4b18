// BIN / IIN: 12 digits, the last a check digit (Law No. 223 of 12 January 2007). Two weight passes; a
// number for which both passes give 10 is never issued and is rejected.
const W1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/** The check digit for the first 11 digits, or null when both passes give 10. */
export function checkDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const sum = (w: number[]) => digits.reduce((acc, d, i) => acc + d * w[i]!, 0);
  const r1 = sum(W1) % 11;
  if (r1 !== 10) return r1;
  const r2 = sum(W2) % 11;
  return r2 === 10 ? null : r2;
}

export type TBinProblem = "format" | "month" | "entity_kind" | "unit_type" | "check_digit";

/** Why a string is not a valid BIN, or null when it is one. */
export function binProblem(value: string): TBinProblem | null {
  if (!/^\d{12}$/.test(value)) return "format";
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return "month";
  if (!"456".includes(value[4]!)) return "entity_kind";
  if (!"0123".includes(value[5]!)) return "unit_type";
  const expected = checkDigit(value.slice(0, 11));
  if (expected === null || expected !== Number(value[11])) return "check_digit";
  return null;
}

export const isValidBin = (value: string) => binProblem(value) === null;

/** Builds a valid BIN from registration year/month and a serial, skipping serials that have no check digit. */
export function makeBin(year: number, month: number, serial: number, kind: 4 | 5 | 6 = 4, unit: 0 | 1 | 2 | 3 = 0): string {
  for (let s = serial; s < serial + 100; s++) {
    const first11 = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${kind}${unit}${String(s % 100000).padStart(5, "0")}`;
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new Error("no usable serial near " + serial);
}
