import { describe, expect, it } from "vitest";
import { formatIban, ibanProblem, isValidIban, makeIban, normalizeIban, type TIbanProblem } from "./iban";

describe("Kazakh IBAN validation", () => {
  it.each([
    ["KZ86125KZT5004100100", null, "the published Kazakh IBAN example"],
    ["KZ87125KZT5004100100", "checksum", "check digits changed"],
    ["KZ86125KZT5004100101", "checksum", "account changed"],
    ["KZ971250000000000094", null, "check digits 97"],
    ["KZ001250000000000094", "checksum", "check digits 00: passes the modulo as 97's twin, never issued"],
    ["KZ991250000000000094", "checksum", "check digits 99"],
    ["KZ86125KZT500410010", "format", "19 characters"],
    ["KZ86125KZT50041001000", "format", "21 characters"],
    ["DE86125KZT5004100100", "format", "another country"],
    ["KZA6125KZT5004100100", "format", "letter in the check digits"],
    ["KZ86125KZT50041001-0", "format", "punctuation"],
  ] satisfies [string, TIbanProblem | null, string][])("%s → %s (%s)", (iban, problem, _why) => {
    expect(ibanProblem(iban)).toBe(problem);
  });

  it("reads IBANs typed in groups and in lower case", () => {
    expect(normalizeIban("kz86 125k zt50 0410 0100")).toBe("KZ86125KZT5004100100");
    expect(isValidIban("kz86 125k zt50 0410 0100")).toBe(true);
    expect(formatIban("KZ86125KZT5004100100")).toBe("KZ86 125K ZT50 0410 0100");
  });

  it("makes valid IBANs for seed data", () => {
    expect(makeIban("125", "KZT5004100100")).toBe("KZ86125KZT5004100100");
    for (let n = 0; n < 200; n++) expect(isValidIban(makeIban("601", `A${String(n).padStart(12, "0")}`))).toBe(true);
  });
});
