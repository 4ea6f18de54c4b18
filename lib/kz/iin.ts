// IIN: a natural person's 12-digit identifier. Same check digit as a BIN (kazakhstan.md §1.3); the first six
// digits are the date of birth (YYMMDD) and the seventh the century and sex (1–6; 0 for some foreigners).
import { checkDigit } from "./bin";

export type TIinProblem = "format" | "birth_date" | "century" | "check_digit";

/** Why a string is not a valid IIN, or null when it is one. */
export function iinProblem(value: string): TIinProblem | null {
  if (!/^\d{12}$/.test(value)) return "format";
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return "birth_date";
  if (!"0123456".includes(value[6]!)) return "century";
  const expected = checkDigit(value.slice(0, 11));
  if (expected === null || expected !== Number(value[11])) return "check_digit";
  return null;
}

export const isValidIin = (value: string) => iinProblem(value) === null;

/** Builds a valid synthetic IIN from a birth date (YYMMDD), century/sex digit and a serial. */
export function makeIin(birth: string, centurySex: number, serial: number): string {
  for (let s = serial; s < serial + 100; s++) {
    const first11 = `${birth}${centurySex}${String(s % 10000).padStart(4, "0")}`;
    const digit = checkDigit(first11);
    if (digit !== null) return first11 + digit;
  }
  throw new Error("no usable serial near " + serial);
}
