import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, day, invoice } from "./colour-fixture";
import { decideSplitInvoices, findSplitInvoices, splitInvoices } from "./split-invoices";

const threshold = 1000n;
const inv = (id: number, d: number, total: bigint) => ({ id, on: day(d), totalTiyn: total });

describe("split invoices: the decision", () => {
  it.each([
    { row: "hit", name: "two just under, same week", list: [inv(1, 0, 900n), inv(2, 5, 900n)], expected: [1, 2] },
    { row: "hit", name: "exactly 80 % counts", list: [inv(1, 0, 800n), inv(2, 1, 800n)], expected: [1, 2] },
    { row: "hit", name: "30 days apart is within the window", list: [inv(1, 0, 900n), inv(2, 30, 900n)], expected: [1, 2] },
    { row: "hit", name: "three, the last outside the first window but with the second", list: [inv(1, 0, 900n), inv(2, 20, 900n), inv(3, 45, 900n)], expected: [1, 2, 3] },
    { row: "near-miss", name: "79.9 % is not just under", list: [inv(1, 0, 799n), inv(2, 1, 900n)], expected: [] },
    { row: "near-miss", name: "31 days apart is not", list: [inv(1, 0, 900n), inv(2, 31, 900n)], expected: [] },
    { row: "near-miss", name: "at the threshold is not under it", list: [inv(1, 0, 1000n), inv(2, 1, 900n)], expected: [] },
    { row: "look-alike", name: "one alone never", list: [inv(1, 0, 999n)], expected: [] },
    { row: "look-alike", name: "small invoices that do not reach the threshold together", list: [inv(1, 0, 400n), inv(2, 1, 400n)], expected: [] },
  ])("$row: $name", ({ list, expected }) => {
    expect(findSplitInvoices(list, threshold, C.splitInvoices)).toEqual(expected);
  });
  it("rates more invoices higher", () => {
    expect(decideSplitInvoices([], 0n, threshold)).toBeNull();
    expect(decideSplitInvoices([1, 2, 3], 2700n, threshold)!.score).toBeGreaterThan(decideSplitInvoices([1, 2], 1800n, threshold)!.score);
  });
});

describe("split invoices: what it finds in a colour", () => {
  it.each([
    { row: "hit", why: "one company, two just under", threshold: "1000", issuers: [10, 10], subjects: ["colour:1:company:10"] },
    { row: "look-alike", why: "two companies, one each", threshold: "1000", issuers: [10, 20], subjects: [] },
    { row: "look-alike", why: "a colour without a second approval", threshold: null, issuers: [10, 10], subjects: [] },
  ])("$row: $why", ({ threshold, issuers, subjects }) => {
    const colour = colourFacts({ threshold, invoices: issuers.map((issuer_id, k) => invoice({ id: k + 1, issuer_id, total_tiyn: 900n, issued_on: day(k) })) });
    expect(splitInvoices.detect(colour, undefined, C).map((f) => f.subjectId)).toEqual(subjects);
  });
});
