import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvDecimal, neutraliseCell, restoreCell, splitCsvRecords, toCsv, type TCsvValue } from "./csv";

const one = (value: TCsvValue, separator: "," | ";" = ",") => toCsv([[value]], { separator, bom: false }).slice(0, -2);

describe("toCsv: one cell", () => {
  it.each<[string, TCsvValue, string]>([
    ["plain text", "Beton", "Beton"],
    ["Cyrillic", "ТОО «Бетон»", "ТОО «Бетон»"],
    ["a comma", "b,c", '"b,c"'],
    ["a semicolon", "b;c", '"b;c"'],
    ["a quote", 'say "hi"', '"say ""hi"""'],
    ["a line break", "line\nbreak", '"line\nbreak"'],
    ["edge spaces", " padded ", '" padded "'],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["empty text", "", ""],
    // Formula injection (OWASP CSV injection): text starting with = + - @ TAB CR gets an apostrophe and quotes.
    ["the reported invoice number", "=cmd|' /C calc'!A0", `"'=cmd|' /C calc'!A0"`],
    ["=", "=SUM(A1:A9)", `"'=SUM(A1:A9)"`],
    ["+", "+7 701 000 00 00", `"'+7 701 000 00 00"`],
    ["-", "-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
    ["@", "@SUM(1+1)*cmd|' /C calc'!A0", `"'@SUM(1+1)*cmd|' /C calc'!A0"`],
    ["TAB", "\t=1+1", `"'\t=1+1"`],
    ["CR", "\r=1+1", `"'\r=1+1"`],
    ["NUL (ASVS 1.2.10)", "\0=1+1", `"'\0=1+1"`],
    ["a HYPERLINK", '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["an apostrophe before a formula (kept reversible)", "'=1+1", `"''=1+1"`],
    ["text that looks like a negative number", "-5", `"'-5"`],
    ["an apostrophe before text", "'quoted", "'quoted"],
    ["= in the middle", "a=b", "a=b"],
    // Numbers the caller hands over as numbers are written as they are: a spreadsheet adds them up.
    ["a negative number", -5, "-5"],
    ["a bigint", -6_000_000n, "-6000000"],
    ["a negative decimal", csvDecimal("-6000000.00"), "-6000000.00"],
    ["a positive decimal", csvDecimal("12.5"), "12.5"],
    ["not a finite number", Number.NaN, ""],
  ])("%s", (_name, value, expected) => {
    expect(one(value)).toBe(expected);
  });

  it("refuses to mark text that is not a decimal as a number", () => {
    expect(() => csvDecimal("=1+1")).toThrow(/Not a decimal/);
    expect(() => csvDecimal("-1e30")).toThrow(/Not a decimal/);
  });
});

describe("toCsv: rows", () => {
  it("joins with the separator and CRLF, with a byte-order mark unless told not to", () => {
    expect(toCsv([["a", "b,c"], [1n, -5, "=SUM(A1)"]])).toBe('\uFEFFa,"b,c"\r\n1,-5,"\'=SUM(A1)"\r\n');
    expect(toCsv([["a", "b;c"], [csvDecimal("-1.50"), "-x"]], { separator: ";", bom: false })).toBe('a;"b;c"\r\n-1.50;"\'-x"\r\n');
  });
});

describe("restoreCell undoes neutraliseCell", () => {
  it.each(["=1+1", "''=1", "'", "'x", "-", "-5", "+", "@", "\t", "\r\nx", "\0", "plain", "", "'''@a", "a'=b"])("%j", (text) => {
    expect(restoreCell(neutraliseCell(text))).toBe(text);
  });
});

describe("splitCsvRecords (csv-parse)", () => {
  it("cites the physical line where each record starts, whatever the line ends inside and between fields", () => {
    const text = 'a,b\r\n"x\r\ny\r\nz",1\r\n\r\n"one\rtwo",2\nlast,3';
    expect(splitCsvRecords(text)).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\r\ny\r\nz", "1"] },
      { line: 5, fields: [""] },
      { line: 6, fields: ["one\rtwo", "2"] },
      { line: 8, fields: ["last", "3"] },
    ]);
  });

  it("refuses a stray quote at the line where its record starts, after multi-byte text", () => {
    try {
      splitCsvRecords('a\n"Школа\n№1",ok\nБетон "x"\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(4);
    }
  });

  it("reads ; as the separator when told", () => {
    expect(splitCsvRecords("a;b\n1,5;2", { separator: ";" }).map((r) => r.fields)).toEqual([["a", "b"], ["1,5", "2"]]);
  });

  it("keeps stray quotes as text when lenient, and lets an unclosed quote run to the end", () => {
    expect(splitCsvRecords('a;b\n12"x;y"z\n"open;\nrest', { separator: ";", lenient: true }).map((r) => r.fields)).toEqual([
      ["a", "b"],
      ['12"x', 'y"z'],
      ["open;\nrest"],
    ]);
  });
});
