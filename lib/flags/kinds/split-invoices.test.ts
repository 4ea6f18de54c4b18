import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, day, invoice } from "./colour-fixture";
import { decideSplitInvoices, findSplitInvoices, splitInvoices } from "./split-invoices";

const threshold = 1000n;
const inv = (id: number, d: number, total: bigint) => ({ id, on: day(d), totalTiyn: total });

describe("split invoices: the decision", () => {
  it.each([
    { row: "hit", name: "three just under, same fortnight", list: [inv(1, 0, 950n), inv(2, 5, 950n), inv(3, 12, 950n)], expected: [1, 2, 3] },
    { row: "hit", name: "exactly 85 % counts", list: [inv(1, 0, 850n), inv(2, 1, 850n), inv(3, 2, 850n)], expected: [1, 2, 3] },
    { row: "hit", name: "30 days from first to last is within the window", list: [inv(1, 0, 950n), inv(2, 15, 950n), inv(3, 30, 950n)], expected: [1, 2, 3] },
    { row: "hit", name: "four, the last outside the first window but with the others", list: [inv(1, 0, 950n), inv(2, 10, 950n), inv(3, 20, 950n), inv(4, 35, 950n)], expected: [1, 2, 3, 4] },
    { row: "near-miss", name: "two just under (a pair is not a pattern)", list: [inv(1, 0, 950n), inv(2, 1, 950n)], expected: [] },
    { row: "near-miss", name: "84.9 % is not just under", list: [inv(1, 0, 849n), inv(2, 1, 950n), inv(3, 2, 950n)], expected: [] },
    { row: "near-miss", name: "three spread over 31 days", list: [inv(1, 0, 950n), inv(2, 15, 950n), inv(3, 31, 950n)], expected: [] },
    { row: "near-miss", name: "one at the threshold is not under it", list: [inv(1, 0, 1000n), inv(2, 1, 950n), inv(3, 2, 950n)], expected: [] },
    { row: "look-alike", name: "a monthly fee at 81 % of the threshold for a year", list: Array.from({ length: 12 }, (_, k) => inv(k + 1, 30.5 * k, 810n)), expected: [] },
    { row: "look-alike", name: "a monthly fee at 95 %: one a month", list: Array.from({ length: 12 }, (_, k) => inv(k + 1, 31 * k, 950n)), expected: [] },
    { row: "look-alike", name: "small invoices that do not reach the threshold together", list: [inv(1, 0, 300n), inv(2, 1, 300n), inv(3, 2, 300n)], expected: [] },
  ])("$row: $name", ({ list, expected }) => {
    expect(findSplitInvoices(list, threshold, C.splitInvoices)).toEqual(expected);
  });
  it("rates more invoices higher", () => {
    expect(decideSplitInvoices([], 0n, threshold)).toBeNull();
    expect(decideSplitInvoices([1, 2, 3, 4], 3800n, threshold)!.score).toBeGreaterThan(decideSplitInvoices([1, 2, 3], 2850n, threshold)!.score);
  });
});

describe("split invoices: what it finds in a colour", () => {
  const three = (o: { issuers?: number[]; typed?: (k: number) => number; submitted?: (k: number) => number | null }) =>
    (o.issuers ?? [10, 10, 10]).map((issuer_id, k) => {
      const at = o.submitted ? o.submitted(k) : k;
      return invoice({ id: k + 1, issuer_id, total_tiyn: 950n, issued_on: day(o.typed ? o.typed(k) : k), submitted_at: at == null ? null : day(at) });
    });
  it.each([
    { row: "hit", why: "one company, three just under, submitted within days", threshold: "1000", invoices: three({}), subjects: ["colour:1:company:10"] },
    { row: "hit", why: "typed dates months apart, submitted the same week", threshold: "1000", invoices: three({ typed: (k) => 60 * k }), subjects: ["colour:1:company:10"] },
    { row: "near-miss", why: "typed the same week, submitted months apart", threshold: "1000", invoices: three({ submitted: (k) => 60 * k }), subjects: [] },
    { row: "look-alike", why: "three companies, one each", threshold: "1000", invoices: three({ issuers: [10, 20, 30] }), subjects: [] },
    { row: "look-alike", why: "a colour without a second approval", threshold: null, invoices: three({}), subjects: [] },
  ])("$row: $why", ({ threshold, invoices, subjects }) => {
    expect(splitInvoices.detect(colourFacts({ threshold, invoices }), undefined, C).map((f) => f.subjectId)).toEqual(subjects);
  });
});
