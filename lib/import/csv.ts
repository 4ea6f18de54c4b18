// The bundle's CSV (RFC 4180): comma-separated, fields quoted when they hold a comma, a quote or a line break,
// quotes doubled, a header row, UTF-8 (a leading byte-order mark is ignored). The writer is lib/csv.ts, the one
// CSV writer, so a bundle opened in a spreadsheet cannot run a company's name as a formula; its escape (one
// apostrophe before = + - @ TAB CR) is undone here on reading, so export then import gives the same data back
// (decision 0075). Pure: no database, no files.
import { restoreCell, toCsv } from "../csv";

export type TCsvRecord = {
  /** Physical line of the file where the record starts (the header is line 1): what refusals cite. */
  line: number;
  values: Record<string, string>;
};

export type TCsvTable = { header: string[]; records: TCsvRecord[] };

export class CsvSyntaxError extends Error {
  constructor(
    public readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

/** Splits text into rows of raw fields, each with the line it starts on. Throws CsvSyntaxError on a stray quote. */
export function splitRecords(text: string): { line: number; fields: string[] }[] {
  const s = text.replace(/^\uFEFF/, "");
  const rows: { line: number; fields: string[] }[] = [];
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (s[i] === '"') {
        const opened = line;
        i++;
        for (;;) {
          if (i >= s.length) throw new CsvSyntaxError(opened, "a quoted field is not closed");
          const c = s[i]!;
          if (c === '"') {
            if (s[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === "\n") line++;
          value += c;
          i++;
        }
        if (i < s.length && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") throw new CsvSyntaxError(line, "text after a closing quote");
      } else {
        while (i < s.length && s[i] !== "," && s[i] !== "\n" && s[i] !== "\r") {
          if (s[i] === '"') throw new CsvSyntaxError(line, "a quote inside an unquoted field");
          value += s[i];
          i++;
        }
      }
      fields.push(value);
      if (s[i] === ",") {
        i++;
        continue;
      }
      if (s[i] === "\r") i++;
      if (s[i] === "\n") i++;
      line++;
      break;
    }
    rows.push({ line: start, fields });
  }
  return rows;
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
