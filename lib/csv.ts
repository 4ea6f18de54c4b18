// The one CSV writer of the portal: every download (trace, company history, evidence pack, audit log) and the
// import/export bundle go through toCsv, so that formula injection is defused in one place (decision 0075).
//
// A spreadsheet runs a cell that starts with = + - @ (and, in some programs, a TAB, CR or NUL before them) as a
// formula: a supplier's invoice number "=cmd|' /C calc'!A0" would run on the general contractor's computer.
// OWASP's advice (and ASVS 5.0 1.2.10): prefix such a text cell with a single quote and quote the cell. Numbers are different: a value
// the caller hands over as a number (number, bigint, or a decimal marked with csvDecimal) is written as it is, so
// "-6000000.00" stays a negative amount the spreadsheet can add up. Only text is defused.

/** A decimal amount to be written as a number ("-1234.50"), never defused. Anything else is refused. */
export class CsvDecimal {
  constructor(readonly text: string) {
    if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`Not a decimal number: ${JSON.stringify(text.slice(0, 40))}`);
  }
}

/** Marks a decimal string (from lib/money) as a number for the CSV writer. */
export const csvDecimal = (text: string) => new CsvDecimal(text);

export type TCsvValue = string | number | bigint | CsvDecimal | null | undefined;

// Any run of apostrophes before the formula character is included so that the escape can be undone exactly
// (restoreCell): "'=x" is written "''=x" and read back as "'=x".
const FORMULA = /^'*[=+\-@\t\r\0]/;
const ESCAPED = /^'+[=+\-@\t\r\0]/;

/** Text a spreadsheet would run as a formula, with one apostrophe in front; other text unchanged. */
export function neutraliseCell(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseCell, for readers of files this writer wrote (the import bundle). */
export function restoreCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

function field(value: TCsvValue, separator: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof CsvDecimal) return value.text;
  const text = neutraliseCell(value);
  // Quoted when it holds the separator, a quote, a line break or edge spaces, and always when defused (OWASP).
  const mustQuote = text !== value || text.includes(separator) || /[",;\r\n]/.test(text) || text !== text.trim();
  return mustQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

export type TCsvOptions = {
  /** "," (RFC 4180, the default) or ";" (what spreadsheet programs in Kazakhstan and Russia expect). */
  separator?: "," | ";";
  /** A UTF-8 byte-order mark so that spreadsheet programs read Cyrillic right (default); the bundle has none. */
  bom?: boolean;
};

/** Rows as CSV: CRLF line ends, UTF-8, text cells defused against formula injection. */
export function toCsv(rows: readonly (readonly TCsvValue[])[], { separator = ",", bom = true }: TCsvOptions = {}): string {
  return (bom ? "\uFEFF" : "") + rows.map((r) => r.map((v) => field(v, separator)).join(separator)).join("\r\n") + "\r\n";
}
