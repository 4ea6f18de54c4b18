import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, invoice, move } from "./colour-fixture";
import { approvalOutOfHours, countedOutOfHours, decideOutOfHours, isDeepOutOfHours, isOutOfHours } from "./approval-out-of-hours";

const d = (iso: string) => new Date(iso);

describe("approval out of hours: the decision", () => {
  it.each([
    { row: "hit", why: "Wednesday 08:59 in Almaty", at: "2026-11-25T03:59:00Z", out: true },
    { row: "hit", why: "Wednesday 18:00 (the working day ends at 18:00)", at: "2026-11-25T13:00:00Z", out: true },
    { row: "hit", why: "Saturday 11:00", at: "2026-11-28T06:00:00Z", out: true },
    { row: "hit", why: "Wednesday 01:30 (Tuesday in UTC)", at: "2026-11-24T20:30:00Z", out: true },
    { row: "hit", why: "Tuesday 11:00, Nauryz's carried-over day off", at: "2026-03-24T06:00:00Z", out: true },
    { row: "hit", why: "Wednesday 16 December 2026, Independence Day", at: "2026-12-16T06:00:00Z", out: true },
    { row: "near-miss", why: "Wednesday 09:00", at: "2026-11-25T04:00:00Z", out: false },
    { row: "near-miss", why: "Wednesday 17:59", at: "2026-11-25T12:59:00Z", out: false },
    { row: "look-alike", why: "an evening approval at 17:45", at: "2026-11-25T12:45:00Z", out: false },
    { row: "look-alike", why: "Saturday 5 July 2025, a working Saturday by decree", at: "2025-07-05T06:00:00Z", out: false },
    { row: "look-alike", why: "Monday 04:30 UTC, night in Europe, is 09:30 in Almaty", at: "2026-11-23T04:30:00Z", out: false },
  ])("$row: $why → out of hours $out", ({ at, out }) => {
    expect(isOutOfHours(d(at), C.approvalOutOfHours)).toBe(out);
  });
  it("days off can be left out by configuration", () => {
    expect(isOutOfHours(d("2026-11-28T06:00:00Z"), { ...C.approvalOutOfHours, daysOffAreOutOfHours: false })).toBe(false);
    expect(isOutOfHours(d("2026-11-28T14:00:00Z"), { ...C.approvalOutOfHours, daysOffAreOutOfHours: false })).toBe(true);
  });
  it("counts the approvals outside working hours", () => {
    expect(decideOutOfHours([d("2026-11-25T05:00:00Z")], C.approvalOutOfHours)).toBeNull();
    expect(decideOutOfHours([d("2026-11-25T05:00:00Z"), d("2026-11-28T05:00:00Z")], C.approvalOutOfHours)!.facts).toEqual({ approvals: 1, onDaysOff: 1 });
  });
});

describe("approval out of hours: a pattern, not one evening (decision 0188)", () => {
  it.each([
    { row: "hit", why: "Wednesday 21:05, the night", at: "2026-11-25T16:05:00Z", deep: true },
    { row: "hit", why: "Wednesday 06:59", at: "2026-11-25T01:59:00Z", deep: true },
    { row: "hit", why: "Saturday 11:00, a day off", at: "2026-11-28T06:00:00Z", deep: true },
    { row: "near-miss", why: "Wednesday 20:00, the end of the overtime margin", at: "2026-11-25T15:00:00Z", deep: true },
    { row: "look-alike", why: "Wednesday 19:59, overtime", at: "2026-11-25T14:59:00Z", deep: false },
    { row: "look-alike", why: "Wednesday 07:00, an early start", at: "2026-11-25T02:00:00Z", deep: false },
  ])("$row: $why → on its own $deep", ({ at, deep }) => {
    expect(isDeepOutOfHours(d(at), C.approvalOutOfHours)).toBe(deep);
  });
  const evening = { userId: 7, at: d("2026-11-25T13:40:00Z") }; // 18:40
  const night = { userId: 7, at: d("2026-11-25T17:30:00Z") }; // 22:30
  it.each([
    { row: "hit", why: "a night approval counts on its own", approvals: [night], late: 1, counted: 1 },
    { row: "hit", why: "an evening approval by an official with three out-of-hours approvals in the colour", approvals: [evening], late: 3, counted: 1 },
    { row: "look-alike", why: "an evening approval by an official with two", approvals: [evening], late: 2, counted: 0 },
    { row: "look-alike", why: "inside working hours", approvals: [{ userId: 7, at: d("2026-11-25T06:00:00Z") }], late: 9, counted: 0 },
  ])("$row: $why", ({ approvals, late, counted }) => {
    expect(countedOutOfHours(approvals, new Map([[7, late]]), C.approvalOutOfHours)).toHaveLength(counted);
  });
});

describe("approval out of hours: what it finds in a colour", () => {
  // Recorded at noon on a Wednesday; the invoice was paid at 23:00 Almaty (the approval that released it).
  const approvals = [{ invoice_id: 5, user_id: 2, person_id: null, decided_at: d("2026-11-25T07:00:00Z") }];
  it.each([
    { row: "hit", why: "the releasing approval is timed at the payment, at night", releaser: 2, subjects: ["5"] },
    { row: "look-alike", why: "another account released the payment: this approval is timed when recorded", releaser: 3, subjects: [] },
  ])("$row: $why", ({ releaser, subjects }) => {
    const colour = colourFacts({ invoices: [invoice({ id: 5, status: "paid", paid_at: d("2026-11-25T18:00:00Z") })], approvals, moves: [move({ id: 1n, document_id: 5n, actor_id: releaser })] });
    expect(approvalOutOfHours.detect(colour, undefined, C).map((f) => f.subjectId)).toEqual(subjects);
  });
});
