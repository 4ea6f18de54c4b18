import { describe, expect, it } from "vitest";
import { CsvSyntaxError, readCsv, splitRecords, writeCsv } from "./csv";

describe("splitRecords", () => {
  it.each([
    ["a,b\r\n1,2\r\n", [{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["1", "2"] }]],
    ["a,b\n1,2", [{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["1", "2"] }]],
    ['a\n"x, y"\n', [{ line: 1, fields: ["a"] }, { line: 2, fields: ["x, y"] }]],
    ['a\n"say ""hi"""\n', [{ line: 1, fields: ["a"] }, { line: 2, fields: ['say "hi"'] }]],
    ['a,b\n"two\nlines",1\nnext,2\n', [{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["two\nlines", "1"] }, { line: 4, fields: ["next", "2"] }]],
    ["a,b\n,\n", [{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["", ""] }]],
    ["\uFEFFa\nШкола №1\n", [{ line: 1, fields: ["a"] }, { line: 2, fields: ["Школа №1"] }]],
  ])("%j", (text, expected) => {
    expect(splitRecords(text)).toEqual(expected);
  });

  it.each([
    ['a\n"open\n', 2, "not closed"],
    ['a\n"x"y\n', 2, "after a closing quote"],
    ['a\nx"y\n', 2, "inside an unquoted field"],
  ])("refuses %j at line %i", (text, line, message) => {
    try {
      splitRecords(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(line);
      expect((error as Error).message).toContain(message);
    }
  });
});

describe("readCsv", () => {
  it("names values by the header (trimmed, lower-case) and skips blank lines", () => {
    expect(readCsv(" BIN ,Name\n\n990140004654,Beton\n\n")).toEqual({ header: ["bin", "name"], records: [{ line: 3, values: { bin: "990140004654", name: "Beton" } }] });
  });

  it("refuses a record with the wrong number of fields, naming its line", () => {
    expect(() => readCsv("a,b\n1,2\n3\n")).toThrow(/1 fields where the header has 2/);
  });

  it("reads an empty file as no table", () => {
    expect(readCsv("")).toEqual({ header: [], records: [] });
  });
});

describe("writeCsv", () => {
  it.each([
    [["plain"], "plain"],
    [["a,b"], '"a,b"'],
    [['He said "no"'], '"He said ""no"""'],
    [["two\nlines"], '"two\nlines"'],
    [[" padded "], '" padded "'],
    [["-5.00"], `"'-5.00"`],
    [["=SUM(A1)"], `"'=SUM(A1)"`],
    [["'=SUM(A1)"], `"''=SUM(A1)"`],
    [[""], ""],
  ])("writes %j as %j", (row, text) => {
    expect(writeCsv(["h"], [row])).toBe(`h\r\n${text}\r\n`);
  });

  it("round-trips through readCsv", () => {
    const rows = [["ТОО «Бетон Сервис KZ»", 'say "hi", twice', "multi\r\nline", " x ", "=cmd|' /C calc'!A0", "'@x", "+7", "-", "'plain"]];
    const back = readCsv(writeCsv(["a", "b", "c", "d", "e", "f", "g", "h", "i"], rows));
    expect(back.records.map((r) => Object.values(r.values))).toEqual(rows);
  });
});
