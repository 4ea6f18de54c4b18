import { csvDecimal, toCsv, type TCsvValue } from "../csv";
import { almatyDay, TIME_ZONE } from "../dates";
import { tiynToDecimalString } from "../money";

// One source of rows, two writers (decision 0254): a list's export use case builds a TListTable once (header in the
// reader's language, typed cells), and the CSV writer below or the .xlsx writer (./xlsx.ts) turns it into a file.
// Cells that a spreadsheet should compute with are typed: an amount keeps its integer tiyn, a day its Almaty date,
// a moment its instant; each writer decides how to spell them.

/** An amount of money, kept in integer tiyn until a writer spells it. */
export class MoneyCell {
  constructor(readonly tiyn: bigint) {}
}

/** An Almaty calendar day, "YYYY-MM-DD". */
export class DayCell {
  constructor(readonly day: string) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a day: ${JSON.stringify(day.slice(0, 20))}`);
  }
}

/** An instant, written as Almaty wall-clock time to the minute. */
export class MomentCell {
  constructor(readonly at: Date) {}
}

export type TListCell = string | number | bigint | MoneyCell | DayCell | MomentCell | null | undefined;

export type TListTable = {
  header: readonly string[];
  cells: readonly (readonly TListCell[])[];
  /** How many data rows (the header not counted). */
  rows: number;
  /** The file's name without extension, e.g. "projects-2026-12-07". */
  name: string;
};

export type TListFile = { body: string; rows: number; fileName: string };

export const money = (tiyn: bigint) => new MoneyCell(tiyn);
export const day = (d: Date | null | undefined) => (d ? new DayCell(almatyDay(d)) : null);
export const moment = (d: Date | null | undefined) => (d ? new MomentCell(d) : null);

export function listTable(header: readonly string[], cells: readonly (readonly TListCell[])[], name: string): TListTable {
  return { header, cells, rows: cells.length, name };
}

// "2026-04-01 14:05", Almaty time: what Excel reads as a date-time in every locale.
const MOMENT = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** Almaty wall-clock parts of an instant: "YYYY-MM-DD HH:MM". */
export const almatyMinute = (d: Date) => MOMENT.format(d);

function csvCell(cell: TListCell): TCsvValue {
  if (cell instanceof MoneyCell) return csvDecimal(tiynToDecimalString(cell.tiyn));
  if (cell instanceof DayCell) return cell.day;
  if (cell instanceof MomentCell) return almatyMinute(cell.at);
  return cell;
}

/**
 * The table as CSV for Excel (decision 0182): ";" separated with a UTF-8 byte-order mark, which is what Excel in the
 * Kazakh and Russian locales opens without an import dialog. Amounts are decimal tenge, days yyyy-mm-dd (Almaty).
 */
export function listCsvFile(table: TListTable): TListFile {
  const body = toCsv([table.header, ...table.cells.map((r) => r.map(csvCell))], { separator: ";" });
  return { body, rows: table.rows, fileName: `${table.name}.csv` };
}
