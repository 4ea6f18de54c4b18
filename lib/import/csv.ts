// The bundle's CSV (RFC 4180): comma-separated, fields quoted when they hold a comma, a quote or a line break,
// quotes doubled, a header row, UTF-8 (a leading byte-order mark is ignored). The reader is csv-parse's, through
// splitCsvRecords in lib/csv.ts (decision 0096). The writer is lib/csv.ts, the one
// CSV writer, so a bundle opened in a spreadsheet cannot run a company's name as a formula; its escape (one
// apostrophe before = + - @ TAB CR) is undone here on reading, so export then import gives the same data back
// (decision 0075). Pure: no database, no files.
import { CsvSyntaxError, restoreCell, splitCsvRecords, toCsv } from "../csv";

export { CsvSyntaxError };

export type TCsvRecord = {
  /** Physical line of the file where the record starts (the header is line 1): what refusals cite. */
  line: number;
  values: Record<string, string>;
};

export type TCsvTable = { header: string[]; records: TCsvRecord[] };

/** Splits text into rows of raw fields, each with the line it starts on. Throws CsvSyntaxError on a stray quote. */
export function splitRecords(text: string): { line: number; fields: string[] }[] {
  return splitCsvRecords(text);
}

/**
 * Reads a table: the header names the columns (trimmed, lower-case), blank lines are skipped, every record must
 * have as many fields as the header. Values are kept as written (not trimmed), less the writer's formula escape.
 */
export function readCsv(text: string): TCsvTable {
  const rows = splitRecords(text).filter((r) => !(r.fields.length === 1 && r.fields[0] === ""));
  const head = rows[0];
  if (!head) return { header: [], records: [] };
  const header = head.fields.map((h) => h.trim().toLowerCase());
  const records = rows.slice(1).map(({ line, fields }) => {
    if (fields.length !== header.length) throw new CsvSyntaxError(line, `${fields.length} fields where the header has ${header.length}`);
    return { line, values: Object.fromEntries(header.map((h, k) => [h, restoreCell(fields[k]!)])) };
  });
  return { header, records };
}

/** A table as CSV text: header first, CRLF line ends (RFC 4180), no byte-order mark, formulas defused. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return toCsv([header, ...rows], { bom: false });
}
