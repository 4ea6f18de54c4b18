import "server-only";
import writeXlsxFile, { type Cell, type Row } from "write-excel-file/node";
import { tiynToDecimalString } from "../money";
import { almatyMinute, DayCell, MoneyCell, MomentCell, type TListCell, type TListTable } from "./list-table";

// The .xlsx writer of the lists (decision 0254): the same TListTable as the CSV, written with write-excel-file.
// Amounts are numeric cells in tenge with a two-decimal number format; days and moments are date cells (Almaty wall
// clock, as a spreadsheet has no time zones); text is always a text cell, so nothing a supplier typed becomes a formula.
// Server-only: the library's Node entry must never reach a client bundle (the CSP refuses eval).

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const MONEY_FORMAT = "#,##0.00";
const DAY_FORMAT = "dd.mm.yyyy";
const MOMENT_FORMAT = "dd.mm.yyyy hh:mm";

// A day or an Almaty minute as the UTC instant with the same wall-clock figures: the library counts serial days in UTC.
const wallClock = (text: string) => new Date(`${text.replace(" ", "T")}${text.length === 10 ? "T00:00" : ""}:00Z`);

/**
 * Tiyn to tenge for a numeric cell: the exact decimal text first, then the nearest double (one rounding, the cell's
 * own; exact for every amount under 2^53 tiyn ≈ 90 trillion tenge as far as two decimals go).
 */
export const tengeNumber = (tiyn: bigint) => Number(tiynToDecimalString(tiyn));

function xlsxCell(cell: TListCell): Cell {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof MoneyCell) return { value: tengeNumber(cell.tiyn), type: Number, format: MONEY_FORMAT };
  if (cell instanceof DayCell) return { value: wallClock(cell.day), type: Date, format: DAY_FORMAT };
  if (cell instanceof MomentCell) return { value: wallClock(almatyMinute(cell.at)), type: Date, format: MOMENT_FORMAT };
  if (typeof cell === "bigint") return { value: Number(cell), type: Number };
  if (typeof cell === "number") return Number.isFinite(cell) ? { value: cell, type: Number } : null;
  return { value: cell, type: String };
}

/** The table as an .xlsx workbook: one sheet (named as the file, without its date), bold frozen header row. */
export async function listXlsxFile(table: TListTable, sheet = table.name.replace(/-\d{4}-\d{2}-\d{2}$/, "")): Promise<{ body: Buffer; rows: number; fileName: string }> {
  const header: Row = table.header.map((h) => ({ value: h, type: String, fontWeight: "bold" }));
  const data: Row[] = [header, ...table.cells.map((r) => r.map(xlsxCell))];
  const widths = table.header.map((h, i) => Math.min(60, Math.max(10, h.length + 2, ...table.cells.slice(0, 200).map((r) => widthOf(r[i])))));
  const body = await writeXlsxFile(data, { sheet: sheetName(sheet), stickyRowsCount: 1, columns: widths.map((width) => ({ width })) }).toBuffer();
  return { body, rows: table.rows, fileName: `${table.name}.xlsx` };
}

function widthOf(cell: TListCell | undefined): number {
  if (cell instanceof MoneyCell) return tiynToDecimalString(cell.tiyn).length + 4;
  if (cell instanceof DayCell) return 11;
  if (cell instanceof MomentCell) return 17;
  return cell === null || cell === undefined ? 0 : String(cell).length + 1;
}

// Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1";
