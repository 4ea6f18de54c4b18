// Reading and writing the cells of an import bundle: amounts in tenge ("1234567.89"), quantities with up to
// three decimals, ISO days and instants, percentages, yes/no. Pure. A cell that cannot be read throws a
// CellProblem naming the column, which the import reports with the file and line.
import { parseTenge, tiynToDecimalString } from "../money";
import { parseQuantity } from "../projects/parse-estimate-csv";

export class CellProblem extends Error {
  constructor(
    public readonly column: string,
    problem: string,
  ) {
    super(`Column ${column}: ${problem}`);
    this.name = "CellProblem";
  }
}

export type TRow = Record<string, string>;

/** The trimmed value of a column; a required column that is empty is a problem. */
/** The optional name_ru, name_kk and name_en cells: a name's forms in each language (decision 0230); empty is "not given". */
export function nameCells(row: TRow): { nameRu?: string; nameKk?: string; nameEn?: string } {
  const cell = (column: string) => (row[column] ?? "").trim() || undefined;
  return { nameRu: cell("name_ru"), nameKk: cell("name_kk"), nameEn: cell("name_en") };
}

export function text(row: TRow, column: string, { required = true }: { required?: boolean } = {}): string {
  const value = (row[column] ?? "").trim();
  if (required && !value) throw new CellProblem(column, "required, but empty.");
  return value;
}

/** Tenge with at most two decimals and a dot ("1234567.89"); positive unless zero is allowed. */
export function amount(row: TRow, column: string, { allowZero = false }: { allowZero?: boolean } = {}): bigint {
  const value = text(row, column);
  const parsed = /^\d+(\.\d{1,2})?$/.test(value) ? parseTenge(value) : null;
  if (!parsed?.ok) throw new CellProblem(column, `"${value}" is not an amount in tenge with at most two decimals, e.g. 1234567.89.`);
  if (parsed.tiyn === 0n && !allowZero) throw new CellProblem(column, "the amount must be more than zero.");
  return parsed.tiyn;
}

/** A positive quantity with at most three decimals and a dot ("12.5"), in thousandths. */
export function quantity(row: TRow, column: string): bigint {
  const value = text(row, column);
  const parsed = /^\d+(\.\d{1,3})?$/.test(value) ? parseQuantity(value) : null;
  if (!parsed?.ok) throw new CellProblem(column, `"${value}" is not a positive quantity with at most three decimals, e.g. 12.5.`);
  return parsed.milli;
}

/** An ISO calendar day (yyyy-mm-dd) that exists; empty gives null when optional. */
export function day(row: TRow, column: string, { required = true }: { required?: boolean } = {}): string | null {
  const value = text(row, column, { required });
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new CellProblem(column, `"${value}" is not a day as yyyy-mm-dd.`);
  return value;
}

/** An ISO instant with its offset ("2026-03-02T14:05:00+05:00" or "...Z"); empty gives null when optional. */
export function instant(row: TRow, column: string, { required = true }: { required?: boolean } = {}): Date | null {
  const value = text(row, column, { required });
  if (!value) return null;
  const ok = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
  const date = new Date(value);
  if (!ok || Number.isNaN(date.getTime())) throw new CellProblem(column, `"${value}" is not a moment as yyyy-mm-ddThh:mm:ss with its offset (Z or +05:00).`);
  return date;
}

/** A percentage 0–100 with at most two decimals ("30", "12.5") as basis points; empty gives null. */
export function percentBp(row: TRow, column: string): number | null {
  const value = text(row, column, { required: false });
  if (!value) return null;
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value);
  const bp = m ? Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0")) : NaN;
  if (!m || bp > 10_000) throw new CellProblem(column, `"${value}" is not a percentage from 0 to 100, e.g. 30 or 12.5.`);
  return bp;
}

/** yes/no (also true/false, 1/0); empty is no. */
export function flag(row: TRow, column: string): boolean {
  const value = text(row, column, { required: false }).toLowerCase();
  if (["", "no", "false", "0"].includes(value)) return false;
  if (["yes", "true", "1"].includes(value)) return true;
  throw new CellProblem(column, `"${value}" is neither yes nor no.`);
}

/** One of the listed words. */
export function choice<T extends string>(row: TRow, column: string, choices: readonly T[]): T {
  const value = text(row, column);
  if (!(choices as readonly string[]).includes(value)) throw new CellProblem(column, `"${value}" is not one of ${choices.join(", ")}.`);
  return value as T;
}

// Writers: the inverse of the readers above.

export const writeAmount = (tiyn: bigint) => tiynToDecimalString(tiyn);

export function writeQuantity(milli: bigint): string {
  const fraction = (milli % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
  return `${milli / 1000n}${fraction ? `.${fraction}` : ""}`;
}

export function writePercent(bp: number): string {
  const fraction = String(bp % 100).padStart(2, "0").replace(/0+$/, "");
  return `${Math.floor(bp / 100)}${fraction ? `.${fraction}` : ""}`;
}

/** A DATE column (UTC midnight) as yyyy-mm-dd. */
export const writeDay = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export const writeInstant = (d: Date | null | undefined) => (d ? d.toISOString() : "");

export const writeFlag = (b: boolean) => (b ? "yes" : "no");
