import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { day, listCsvFile, listTable, money, moment } from "./list-table";
import { listXlsxFile, tengeNumber } from "./xlsx";

// The .xlsx writer (decision 0254): the workbook is unzipped and its sheet XML read back, so the test does not trust
// the library to read what it wrote.

const sheetXml = (body: Uint8Array) => strFromU8(unzipSync(body)["xl/worksheets/sheet1.xml"]!);
const sharedStrings = (body: Uint8Array) => {
  const xml = unzipSync(body)["xl/sharedStrings.xml"];
  return xml ? [...strFromU8(xml).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]) : [];
};

describe("the lists' .xlsx writer", () => {
  const table = listTable(
    ["Номер", "Сумма, KZT", "Дата", "Когда", "Позиций"],
    [
      ["=HYPERLINK(\"x\")", money(123_456_789n), day(new Date("2026-03-31T20:00:00Z")), moment(new Date("2026-04-01T09:05:00Z")), 3],
      ["INV-2", money(-5n), null, null, 12n],
    ],
    "invoices-2026-12-07",
  );

  it("writes the same rows as the CSV: text as text, money as numbers in tenge with two decimals, days as dates", async () => {
    const file = await listXlsxFile(table);
    expect(file.fileName).toBe("invoices-2026-12-07.xlsx");
    expect(file.rows).toBe(2);
    expect(file.body.subarray(0, 2).toString()).toBe("PK");
    const xml = sheetXml(file.body);
    const strings = sharedStrings(file.body);
    const inline = [...xml.matchAll(/<is><t[^>]*>([^<]*)<\/t><\/is>/g)].map((m) => m[1]);
    const texts = [...strings, ...inline].join("|");
    // Headers in the reader's language; the supplier's text stays text (no <f> formula element anywhere).
    expect(texts).toContain("Сумма, KZT");
    expect(texts).toContain("=HYPERLINK(\"x\")");
    expect(xml).not.toContain("<f>");
    // 1 234 567,89 tenge from 123 456 789 tiyn, and -0,05: numeric cells.
    expect(xml).toMatch(/<c r="B2"[^>]*><v>1234567.89<\/v><\/c>/);
    expect(xml).toMatch(/<c r="B3"[^>]*><v>-0.05<\/v><\/c>/);
    expect(xml).toMatch(/<c r="E3"[^>]*><v>12<\/v><\/c>/);
    // 31 March 2026 in Almaty (20:00 UTC is 01:00 next day there: 1 April) is serial 46113; 09:05 UTC is 14:05 in Almaty.
    expect(xml).toMatch(/<c r="C2"[^>]*><v>46113<\/v><\/c>/);
    const when = Number(/<c r="D2"[^>]*><v>([\d.]+)<\/v><\/c>/.exec(xml)![1]);
    expect(Math.round((when - 46113) * 24 * 60)).toBe(14 * 60 + 5);
    // Number formats for money and dates are declared in the styles.
    const styles = strFromU8(unzipSync(file.body)["xl/styles.xml"]!);
    expect(styles).toContain('formatCode="#,##0.00"');
    expect(styles).toContain('formatCode="dd.mm.yyyy"');
  });

  it("is the same table as the CSV (one source of rows)", () => {
    const csv = listCsvFile(table);
    expect(csv.fileName).toBe("invoices-2026-12-07.csv");
    expect(csv.body).toContain("1234567.89;2026-04-01;2026-04-01 14:05;3");
    expect(csv.body).toContain("\"'=HYPERLINK(\"\"x\"\")\"");
  });

  it("turns tiyn into tenge through the exact decimal, not by dividing a float", () => {
    expect(tengeNumber(1n)).toBe(0.01);
    expect(tengeNumber(-199n)).toBe(-1.99);
    expect(tengeNumber(900_000_000_00n)).toBe(900_000_000);
    expect(tengeNumber(12_345_678_901_234_56n)).toBe(12_345_678_901_234.56);
  });
});
