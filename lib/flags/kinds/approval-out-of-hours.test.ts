import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, invoice, move } from "./colour-fixture";
import { approvalOutOfHours, decideOutOfHours, isOutOfHours } from "./approval-out-of-hours";

const d = (iso: string) => new Date(iso);

describe("approval out of hours: the decision", () => {
  it.each([
    { row: "hit", why: "Wednesday 08:59 in Almaty", at: "2026-11-25T03:59:00Z", out: true },
    { row: "hit", why: "Wednesday 19:00", at: "2026-11-25T14:00:00Z", out: true },
    { row: "hit", why: "Saturday 11:00", at: "2026-11-28T06:00:00Z", out: true },
    { row: "hit", why: "Wednesday 01:30 (Tuesday in UTC)", at: "2026-11-24T20:30:00Z", out: true },
    { row: "near-miss", why: "Wednesday 09:00", at: "2026-11-25T04:00:00Z", out: false },
    { row: "near-miss", why: "Wednesday 18:59", at: "2026-11-25T13:59:00Z", out: false },
    { row: "look-alike", why: "Monday 04:30 UTC, night in Europe, is 09:30 in Almaty", at: "2026-11-23T04:30:00Z", out: false },
  ])("$row: $why → out of hours $out", ({ at, out }) => {
    expect(isOutOfHours(d(at), C.approvalOutOfHours)).toBe(out);
  });
  it("counts the approvals outside working hours", () => {
    expect(decideOutOfHours([d("2026-11-25T05:00:00Z")], C.approvalOutOfHours)).toBeNull();
    expect(decideOutOfHours([d("2026-11-25T05:00:00Z"), d("2026-11-28T05:00:00Z")], C.approvalOutOfHours)!.facts.approvals).toBe(1);
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
