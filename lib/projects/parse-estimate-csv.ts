// Reads a bill of quantities from CSV (as exported from estimate software or typed in a spreadsheet) and says,
// row by row, what is wrong. Pure: no database. Nothing is saved unless every row is right.
import { splitCsvRecords } from "../csv";
import { parseTenge } from "../money";
import { checkUnit, isCategory, isItemCode, type TEstimateCheckCode } from "./estimate-check";

export type TEstimateRow = { code: string; name: string; nameRu?: string; nameKk?: string; nameEn?: string; category: string; unit: string; quantityMilli: bigint; ceilingUnitPriceTiyn: bigint };
export type TCsvProblem = { line: number; column: string | null; code: "HEADER_MISSING" | "COLUMN_MISSING" | "EMPTY" | "BAD_NUMBER" | "BAD_PRICE" | "NOT_POSITIVE" | "TOO_PRECISE" | "DUPLICATE_CODE" | "TOO_MANY_ROWS" | TEstimateCheckCode; value?: string };
export type TParsedEstimate = { rows: TEstimateRow[]; problems: TCsvProblem[] };

const COLUMNS = {
  code: ["code", "код", "код позиции", "енс тру", "код енс тру"],
  name: ["name", "наименование", "название", "атауы"],
  category: ["category", "категория", "product category", "кпвэд"],
  unit: ["unit", "ед. изм.", "ед.изм.", "единица", "единица измерения", "ед"],
  quantity: ["quantity", "количество", "кол-во", "объем", "объём"],
  price: ["ceiling unit price", "unit price", "price", "цена", "цена за единицу", "предельная цена", "сметная цена"],
} as const;
type TColumn = keyof typeof COLUMNS;
// Optional: the item's name in each language (decision 0230); `name` is the name as entered.
const NAME_COLUMNS = { nameRu: ["name_ru", "наименование на русском"], nameKk: ["name_kk", "атауы қазақша"], nameEn: ["name_en", "name in english"] } as const;

export const MAX_ROWS = 5000;

/**
 * Splits CSV text into rows of fields: quotes, doubled quotes, ; or , as separator (whichever the header uses).
 * Lenient, as spreadsheets typed by hand need: a stray quote is text, never a refusal (lib/csv.ts).
 */
export function splitCsv(text: string): string[][] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  return splitCsvRecords(text, { separator, lenient: true }).map((r) => r.fields);
}

/** "1 234,5" or "1234.5" units → thousandths; null when not a number with at most 3 decimals. */
export function parseQuantity(input: string): { ok: true; milli: bigint } | { ok: false; reason: "BAD_NUMBER" | "TOO_PRECISE" | "NOT_POSITIVE" } {
  const s = input.replace(/[\s\u00A0]/g, "");
  const m = /^(-?)(\d+)(?:[.,](\d*))?$/.exec(s);
  if (!m) return { ok: false, reason: "BAD_NUMBER" };
  if ((m[3] ?? "").length > 3) return { ok: false, reason: "TOO_PRECISE" };
  const milli = BigInt(m[2]!) * 1000n + BigInt((m[3] ?? "").padEnd(3, "0") || "0");
  if (m[1] === "-" || milli === 0n) return { ok: false, reason: "NOT_POSITIVE" };
  return { ok: true, milli };
}

export function parseEstimateCsv(text: string): TParsedEstimate {
  const all = splitCsv(text).filter((r) => r.some((f) => f.trim() !== ""));
  const problems: TCsvProblem[] = [];
  const header = all[0]?.map((h) => h.trim().toLowerCase().replace(/\s+/g, " ")) ?? [];
  const index = {} as Record<TColumn, number>;
  for (const column of Object.keys(COLUMNS) as TColumn[]) {
    index[column] = header.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(h));
    if (index[column] === -1) problems.push({ line: 1, column, code: all.length ? "COLUMN_MISSING" : "HEADER_MISSING" });
  }
  if (problems.length) return { rows: [], problems };
  const nameIndex = Object.fromEntries(Object.entries(NAME_COLUMNS).map(([key, names]) => [key, header.findIndex((h) => (names as readonly string[]).includes(h))])) as Record<keyof typeof NAME_COLUMNS, number>;
  if (all.length - 1 > MAX_ROWS) return { rows: [], problems: [{ line: MAX_ROWS + 2, column: null, code: "TOO_MANY_ROWS", value: String(all.length - 1) }] };

  const rows: TEstimateRow[] = [];
  const seen = new Map<string, number>();
  all.slice(1).forEach((fields, i) => {
    const line = i + 2;
    const get = (c: TColumn) => (fields[index[c]] ?? "").trim();
    const rowProblems: TCsvProblem[] = [];
    for (const c of ["code", "name", "category", "unit", "quantity", "price"] as const) if (!get(c)) rowProblems.push({ line, column: c, code: "EMPTY" });
    const code = get("code");
    if (code && !isItemCode(code)) rowProblems.push({ line, column: "code", code: "BAD_ITEM_CODE", value: code });
    else if (code && seen.has(code)) rowProblems.push({ line, column: "code", code: "DUPLICATE_CODE", value: `${code}@${seen.get(code)}` });
    else if (code) seen.set(code, line);
    if (get("category") && !isCategory(get("category"))) rowProblems.push({ line, column: "category", code: "BAD_CATEGORY", value: get("category") });
    const unitCheck = get("unit") ? checkUnit(get("unit")) : null;
    if (unitCheck && !unitCheck.ok) rowProblems.push({ line, column: "unit", code: unitCheck.code, value: unitCheck.code === "UNIT_SPELLING" ? `${get("unit")}@${unitCheck.spelling}` : get("unit") });
    const unit = unitCheck?.ok ? unitCheck.unit : null;
    const quantity = get("quantity") ? parseQuantity(get("quantity")) : null;
    if (quantity && !quantity.ok) rowProblems.push({ line, column: "quantity", code: quantity.reason, value: get("quantity") });
    const price = get("price") ? parseTenge(get("price")) : null;
    if (price && !price.ok) {
      rowProblems.push({ line, column: "price", code: price.reason === "precision" ? "TOO_PRECISE" : price.reason === "negative" ? "NOT_POSITIVE" : "BAD_PRICE", value: get("price") });
    } else if (price?.ok && price.tiyn === 0n) rowProblems.push({ line, column: "price", code: "NOT_POSITIVE", value: get("price") });
    if (rowProblems.length) {
      problems.push(...rowProblems);
      return;
    }
    const forms = Object.fromEntries(Object.entries(nameIndex).map(([key, at]) => [key, at === -1 ? "" : (fields[at] ?? "").trim()]).filter((e) => e[1] !== ""));
    rows.push({ code, name: get("name"), ...forms, category: get("category"), unit: unit!, quantityMilli: (quantity as { milli: bigint }).milli, ceilingUnitPriceTiyn: (price as { tiyn: bigint }).tiyn });
  });
  return { rows, problems };
}
