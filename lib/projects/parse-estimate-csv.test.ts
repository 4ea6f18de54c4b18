import { describe, expect, it } from "vitest";
import { parseEstimateCsv, parseQuantity, splitCsv } from "./parse-estimate-csv";

const HEADER = "code;name;category;unit;quantity;ceiling unit price";

describe("estimate CSV", () => {
  it("reads a clean bill of quantities with ; separators, decimal commas and grouped thousands", () => {
    const csv = `${HEADER}\n236310.100.000003;"Бетон B25 (M350); товарный";23.63;м3;1 200,5;34 000\n241062.300.000012;Rebar A500C;24.10;т;150;410000.00\n`;
    expect(parseEstimateCsv(csv)).toEqual({
      problems: [],
      rows: [
        { code: "236310.100.000003", name: "Бетон B25 (M350); товарный", category: "23.63", unit: "м3", quantityMilli: 1200500n, ceilingUnitPriceTiyn: 3400000n },
        { code: "241062.300.000012", name: "Rebar A500C", category: "24.10", unit: "т", quantityMilli: 150000n, ceilingUnitPriceTiyn: 41000000n },
      ],
    });
  });

  it("reads the optional name_ru, name_kk and name_en columns (decision 0230); an empty one is not given", () => {
    const csv = `${HEADER};name_ru;name_kk;name_en\nA-1;Кирпич;23.32;шт;10;100;Кирпич;Кірпіш;\n`;
    expect(parseEstimateCsv(csv).rows[0]).toEqual({ code: "A-1", name: "Кирпич", nameRu: "Кирпич", nameKk: "Кірпіш", category: "23.32", unit: "шт", quantityMilli: 10000n, ceilingUnitPriceTiyn: 10000n });
  });

  it("accepts Russian headers, commas as separators and unit spellings", () => {
    const csv = `Код,Наименование,Категория,Ед. изм.,Количество,Цена\nA-1,Кирпич,23.32,тыс.шт,"1,5",90000`;
    expect(parseEstimateCsv(csv).rows[0]).toMatchObject({ code: "A-1", unit: "1000 шт", quantityMilli: 1500n, ceilingUnitPriceTiyn: 9000000n });
  });

  it.each([
    ["bad number", "X;Concrete;23.63;м3;12a;100", { line: 2, column: "quantity", code: "BAD_NUMBER", value: "12a" }],
    ["too precise quantity", "X;Concrete;23.63;м3;1,2345;100", { line: 2, column: "quantity", code: "TOO_PRECISE" }],
    ["zero quantity", "X;Concrete;23.63;м3;0;100", { line: 2, column: "quantity", code: "NOT_POSITIVE" }],
    ["bad price", "X;Concrete;23.63;м3;1;about 100", { line: 2, column: "price", code: "BAD_PRICE" }],
    ["price with three decimals", "X;Concrete;23.63;м3;1;100,123", { line: 2, column: "price", code: "TOO_PRECISE" }],
    ["unknown unit", "X;Concrete;23.63;bucket;1;100", { line: 2, column: "unit", code: "UNKNOWN_UNIT", value: "bucket" }],
    ["empty name", "X;;23.63;м3;1;100", { line: 2, column: "name", code: "EMPTY" }],
    ["a bare number as item code", "123;Concrete;23.63;м3;1;100", { line: 2, column: "code", code: "BAD_ITEM_CODE", value: "123" }],
    ["a cut ЕНС ТРУ code", "236310.100;Concrete;23.63;м3;1;100", { line: 2, column: "code", code: "BAD_ITEM_CODE", value: "236310.100" }],
    ["an ЕНС ТРУ code with a short serial", "236310.100.0003;Concrete;23.63;м3;1;100", { line: 2, column: "code", code: "BAD_ITEM_CODE" }],
    ["a code with spaces", "A 1;Concrete;23.63;м3;1;100", { line: 2, column: "code", code: "BAD_ITEM_CODE" }],
    ["category xx", "X;Concrete;xx;м3;1;100", { line: 2, column: "category", code: "BAD_CATEGORY", value: "xx" }],
    ["a one-digit category", "X;Concrete;2;м3;1;100", { line: 2, column: "category", code: "BAD_CATEGORY" }],
    ["a category with a three-digit group", "X;Concrete;23.631;м3;1;100", { line: 2, column: "category", code: "BAD_CATEGORY" }],
    ["a category with five levels", "X;Concrete;23.63.10.1.1;м3;1;100", { line: 2, column: "category", code: "BAD_CATEGORY" }],
    ["unit kg (written кг)", "X;Cement;23.51;kg;1;100", { line: 2, column: "unit", code: "UNIT_SPELLING", value: "kg@кг" }],
    ["unit m3 (written м3)", "X;Concrete;23.63;m3;1;100", { line: 2, column: "unit", code: "UNIT_SPELLING", value: "m3@м3" }],
  ])("reports %s with line and column", (_name, row, problem) => {
    const parsed = parseEstimateCsv(`${HEADER}\n${row}`);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problems).toEqual([expect.objectContaining(problem)]);
  });

  it.each([
    ["an ЕНС ТРУ code", "236310.100.000003", "23.63", "м3"],
    ["a line code", "A-1", "23", "кг"],
    ["a Cyrillic line code", "П-01.2", "23.6", "т"],
    ["a four-level class", "NEW-1", "23.63.10", "шт"],
    ["Russian spellings of units", "B", "41.00", "тыс. шт"],
  ])("accepts %s", (_name, code, category, unit) => {
    expect(parseEstimateCsv(`${HEADER}\n${code};Item;${category};${unit};1;100`).problems).toEqual([]);
  });

  it("reports a duplicate code on its second line, naming the first", () => {
    const parsed = parseEstimateCsv(`${HEADER}\nA;One;23.63;м;1;1\nB;Two;23.63;м;1;1\nA;Three;23.63;м;1;1`);
    expect(parsed.problems).toEqual([{ line: 4, column: "code", code: "DUPLICATE_CODE", value: "A@2" }]);
  });

  it("names every missing column", () => {
    expect(parseEstimateCsv("code;name\nA;B").problems.map((p) => p.column)).toEqual(["category", "unit", "quantity", "price"]);
    expect(parseEstimateCsv("").problems[0]).toMatchObject({ code: "HEADER_MISSING" });
  });

  it("splits quoted fields with doubled quotes and CRLF line ends", () => {
    expect(splitCsv('a;"b ""c"";d"\r\n1;2')).toEqual([["a", 'b "c";d'], ["1", "2"]]);
  });

  it.each([
    ["1", 1000n],
    ["0,001", 1n],
    ["12 345.678", 12345678n],
  ])("quantity %j = %s thousandths", (input, milli) => expect(parseQuantity(input)).toEqual({ ok: true, milli }));
});
