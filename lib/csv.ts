// The one CSV writer of the portal: every download (trace, company history, evidence pack, audit log) and the
// import/export bundle go through toCsv, so that formula injection is defused in one place (decision 0075).
// The one CSV reader, splitCsvRecords, is csv-parse's (decision 0096): the import bundle and the estimate upload.
//
// A spreadsheet runs a cell that starts with = + - @ (and, in some programs, a TAB, CR or NUL before them) as a
// formula: a supplier's invoice number "=cmd|' /C calc'!A0" would run on the general contractor's computer.
// OWASP's advice (and ASVS 5.0 1.2.10): prefix such a text cell with a single quote and quote the cell. Numbers are different: a value
// the caller hands over as a number (number, bigint, or a decimal marked with csvDecimal) is written as it is, so
// "-6000000.00" stays a negative amount the spreadsheet can add up. Only text is defused.
import { CsvError, parse } from "csv-parse/sync";

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

/** A file that is not CSV, with the line a reader should look at (where the refused record starts). */
export class CsvSyntaxError extends Error {
  constructor(
    public readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

export type TCsvReadOptions = {
  separator?: "," | ";";
  /**
   * Strict (default, RFC 4180): a stray quote refuses the file. Lenient, for files typed by hand in a spreadsheet
   * (the estimate upload): a quote inside a field is kept as text, and an unclosed quote runs to the end of the file.
   */
  lenient?: boolean;
};

// Why the refusals are ours: their words and line numbers were the bundle's before the library (refusals cite them).
const SYNTAX_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted field is not closed",
  CSV_INVALID_CLOSING_QUOTE: "text after a closing quote",
  INVALID_OPENING_QUOTE: "a quote inside an unquoted field",
};

/** Counts line breaks (CRLF, LF or a lone CR, each one) in bytes [from, to) of a UTF-8 buffer. */
function lineBreaks(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (bytes[i] === 0x0a) n++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) n++;
  }
  return n;
}

/**
 * Splits CSV text into records of raw fields, each with the physical line where it starts (the first is line 1; a
 * field's own line breaks count, so the lines are the ones an editor shows). A leading byte-order mark is
 * dropped; records end with CRLF, LF or CR; a blank line is a record of one empty field; records may differ in
 * length (callers say what they expect). Throws CsvSyntaxError in strict mode.
 */
export function splitCsvRecords(text: string, { separator = ",", lenient = false }: TCsvReadOptions = {}): { line: number; fields: string[] }[] {
  // The mark is dropped here rather than by the parser, so that its byte counts are positions in `bytes`.
  const bytes = Buffer.from(text.replace(/^\uFEFF/, ""), "utf8");
  const ends: number[] = [];
  let records: string[][];
  try {
    records = parseRecords(bytes, separator, lenient, ends);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (lenient && error.code === "CSV_QUOTE_NOT_CLOSED") {
      // What the hand-written reader did: the open field takes the rest of the file.
      ends.length = 0;
      records = parseRecords(Buffer.concat([bytes, Buffer.from('"')]), separator, lenient, ends);
    } else {
      const start = typeof error.bytes === "number" ? error.bytes : (ends.at(-1) ?? 0);
      throw new CsvSyntaxError(1 + lineBreaks(bytes, 0, start), SYNTAX_MESSAGES[error.code] ?? error.message);
    }
  }
  let line = 1;
  let at = 0;
  return records.map((fields, k) => {
    const record = { line, fields };
    const end = ends[k] ?? bytes.length;
    line += lineBreaks(bytes, at, end);
    at = end;
    return record;
  });
}

function parseRecords(bytes: Buffer, separator: string, lenient: boolean, ends: number[]): string[][] {
  return parse(bytes, {
    delimiter: separator,
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
    relax_quotes: lenient,
    skip_empty_lines: false,
    on_record: (record: string[], context) => {
      ends.push(context.bytes);
      return record;
    },
  }) as string[][];
}
