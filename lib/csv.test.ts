import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes what needs quoting and defuses formulas", () => {
    expect(toCsv([["a", "b,c", 'say "hi"'], [1n, -5, "=SUM(A1)"], ["ТОО «Бетон»", null, "line\nbreak"]])).toBe(
      '\uFEFFa,"b,c","say ""hi"""\r\n1,-5,\'=SUM(A1)\r\nТОО «Бетон»,,"line\nbreak"\r\n',
    );
  });
});
