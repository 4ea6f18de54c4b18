import { describe, expect, it } from "vitest";
import type { TTruth } from "../../prisma/seed/scale/plants";
import { matches, scoreKinds, topPrecision, type TScoredFlag } from "./flag-score";

const flag = (f: Partial<TScoredFlag>): TScoredFlag => ({ id: 1, kind: "pass_through", colourId: 7, companyId: 70, subjectType: "company", subjectId: "colour:7:company:70", score: 80, evidenceInvoices: [], itemCode: null, ...f });
const row = (t: Partial<TTruth>): TTruth => ({ kind: "pass_through", variant: "shell", role: "scheme", colourId: 7, companyId: 70, invoiceIds: null, itemCode: null, ...t });

describe("a flag matches a truth row", () => {
  it.each([
    { why: "same kind, colour and company", f: {}, t: {}, match: true },
    { why: "another kind", f: { kind: "new_company" }, t: {}, match: false },
    { why: "another colour", f: { colourId: 8 }, t: {}, match: false },
    { why: "another company", f: { companyId: 71 }, t: {}, match: false },
    { why: "a colour-level row: any flag of the kind in the colour", f: { kind: "rush_before_expiry", companyId: null }, t: { kind: "rush_before_expiry", companyId: null }, match: true },
    { why: "the flag's invoice is one of the row's", f: { kind: "approval_fast", subjectType: "invoice", subjectId: "5" }, t: { kind: "approval_fast", companyId: null, invoiceIds: [4, 5] }, match: true },
    { why: "another invoice of the same colour", f: { kind: "approval_fast", subjectType: "invoice", subjectId: "6" }, t: { kind: "approval_fast", companyId: null, invoiceIds: [4, 5] }, match: false },
    { why: "the row's invoice is in the flag's evidence", f: { evidenceInvoices: [4] }, t: { invoiceIds: [4] }, match: true },
    { why: "the same item code", f: { kind: "unit_price_outlier", itemCode: "1" }, t: { kind: "unit_price_outlier", companyId: null, itemCode: "1" }, match: true },
    { why: "another item code", f: { kind: "unit_price_outlier", itemCode: "2" }, t: { kind: "unit_price_outlier", companyId: null, itemCode: "1" }, match: false },
    { why: "a school-meal subject: the school, any month", f: { kind: "meal_absent_pupil", companyId: 9, subjectType: "school", subjectId: "colour:7:school:12:month:2026-02" }, t: { kind: "meal_absent_pupil", companyId: null, subject: "school:12" }, match: true },
    { why: "a school-meal subject is not a prefix of a longer id", f: { kind: "meal_absent_pupil", companyId: 9, subjectType: "school", subjectId: "colour:7:school:123:month:2026-02" }, t: { kind: "meal_absent_pupil", companyId: null, subject: "school:12" }, match: false },
    { why: "a device, whole", f: { kind: "meal_device_schools", companyId: 9, subjectType: "meal_device", subjectId: "colour:7:device:9/till-3-0" }, t: { kind: "meal_device_schools", companyId: null, subject: "device:9/till-3-0" }, match: true },
  ] as { why: string; f: Partial<TScoredFlag>; t: Partial<TTruth>; match: boolean }[])("$why → $match", ({ f, t, match }) => {
    expect(matches(flag(f), row(t))).toBe(match);
  });
});

describe("scores per kind", () => {
  const truth = [row({}), row({ colourId: 8, companyId: 80 }), row({ role: "lookalike", variant: "forwarder-with-own-work", colourId: 9, companyId: 90 }), row({ kind: "new_company", role: "incidental", companyId: 70 })];
  const flags = [flag({ id: 1 }), flag({ id: 2, colourId: 9, companyId: 90 }), flag({ id: 3, colourId: 10, companyId: 100 }), flag({ id: 4, kind: "new_company" })];
  it("counts planted, found, right, look-alikes flagged; an incidental row is right but not planted", () => {
    const [pass, young] = scoreKinds(["pass_through", "new_company"], flags, truth);
    expect(pass).toMatchObject({ planted: 2, found: 1, recall: 0.5, flags: 3, right: 1, lookalikes: 1, lookalikesFlagged: 1 });
    expect(pass!.missed.map((t) => t.colourId)).toEqual([8]);
    expect(young).toMatchObject({ planted: 0, found: 0, recall: null, flags: 1, right: 1, precision: 1 });
  });
  it("precision of the top of the queue", () => {
    expect(topPrecision(flags, truth, 2)).toEqual({ n: 2, right: 1, precision: 0.5, schemes: 1, kinds: 1 });
    expect(topPrecision([], truth, 100)).toEqual({ n: 0, right: 0, precision: null, schemes: 0, kinds: 0 });
  });
});
