import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, day, invoice } from "./colour-fixture";
import { decideDuplicateInvoice, duplicateInvoice, findDuplicateInvoices } from "./duplicate-invoice";

const inv = (id: number, issuerId: number, d: number, total: bigint) => ({ id, issuerId, on: day(d), totalTiyn: total });

describe("duplicate invoice: the decision", () => {
  it.each([
    { row: "hit", name: "same company, amount, 3 days apart", list: [inv(1, 1, 0, 500n), inv(2, 1, 3, 500n)], expected: [[1, 2]] },
    { row: "hit", name: "a chain of three", list: [inv(3, 1, 6, 500n), inv(1, 1, 0, 500n), inv(2, 1, 3, 500n)], expected: [[1, 2, 3]] },
    { row: "near-miss", name: "4 days apart", list: [inv(1, 1, 0, 500n), inv(2, 1, 4, 500n)], expected: [] },
    { row: "near-miss", name: "one tiyn apart", list: [inv(1, 1, 0, 500n), inv(2, 1, 0, 501n)], expected: [] },
    { row: "look-alike", name: "another company, the same amount", list: [inv(1, 1, 0, 500n), inv(2, 2, 0, 500n)], expected: [] },
    { row: "look-alike", name: "a monthly invoice for the same amount", list: [inv(1, 1, 0, 500n), inv(2, 1, 30, 500n), inv(3, 1, 60, 500n)], expected: [] },
  ])("$row: $name", ({ list, expected }) => {
    expect(findDuplicateInvoices(list, C.duplicateInvoice)).toEqual(expected);
  });
  it("fires on two or more", () => {
    expect(decideDuplicateInvoice([1])).toBeNull();
    expect(decideDuplicateInvoice([1, 2])!.severity).toBe("high");
  });
});

describe("duplicate invoice: what it finds in a colour", () => {
  it("names the first invoice of the group and stores the amount", () => {
    const colour = colourFacts({ invoices: [invoice({ id: 7, total_tiyn: 500n }), invoice({ id: 8, total_tiyn: 500n, issued_on: day(2), contract_id: 101 })] });
    const [found] = duplicateInvoice.detect(colour, undefined, C);
    expect(found).toMatchObject({ subjectType: "invoice", subjectId: "7", companyId: 10, verdict: { facts: { invoices: 2, totalTiyn: "500" } }, evidence: { invoices: [7, 8], contracts: [100, 101] } });
  });
});
