import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, invoice, move } from "./colour-fixture";
import { approvalFast, approvalSteps, decideFastApproval } from "./approval-fast";

const submittedAt = new Date("2026-05-01T05:00:00Z");
const after = (minutes: number) => new Date(submittedAt.getTime() + minutes * 60_000);

describe("unusually fast approval: the decision over every step", () => {
  it.each([
    { row: "hit", why: "a first approval 40 s after submission (a second, a day later, released the payment)", at: [0.67, 1440], seconds: 40 },
    { row: "hit", why: "released at once by a single approver", at: [0], seconds: 0 },
    { row: "hit", why: "a second approval 2 min after a slow first one", at: [600, 602], seconds: 120 },
    { row: "near-miss", why: "a single approval after exactly 10 min", at: [10], seconds: null },
    { row: "near-miss", why: "two steps of 10 min each", at: [10, 20], seconds: null },
    { row: "look-alike", why: "an approval dated before the submission (back-dated import)", at: [-5], seconds: null },
    { row: "look-alike", why: "not approved yet", at: [], seconds: null },
  ])("$row: $why → $seconds", ({ at, seconds }) => {
    const steps = approvalSteps(submittedAt, at.map((m, k) => ({ userId: k + 2, at: after(m) })));
    expect(decideFastApproval(steps, C.approvalFast)?.facts.seconds ?? null).toBe(seconds);
  });
  it("takes steps in time order, each from the one before", () => {
    expect(approvalSteps(submittedAt, [{ userId: 3, at: after(30) }, { userId: 2, at: after(20) }])).toEqual([
      { userId: 2, from: submittedAt, at: after(20) },
      { userId: 3, from: after(20), at: after(30) },
    ]);
    expect(approvalSteps(null, [{ userId: 2, at: after(1) }])).toEqual([]);
  });
});

describe("unusually fast approval: what it finds in a colour", () => {
  it.each([
    { row: "hit", why: "approved and paid in 2 minutes", status: "paid", decided: 2, paidAt: 2, subjects: ["5"], users: [2] },
    { row: "hit", why: "a first approval after 1 minute, still awaiting the second", status: "approved", decided: 1, paidAt: null, subjects: ["5"], users: [2] },
    { row: "near-miss", why: "approved after an hour", status: "approved", decided: 60, paidAt: null, subjects: [], users: [] },
    { row: "look-alike", why: "paid in 2 minutes with no approval recorded", status: "paid", decided: null, paidAt: 2, subjects: [], users: [] },
  ])("$row: $why", ({ status, decided, paidAt, subjects, users }) => {
    const inv = invoice({ id: 5, status, submitted_at: submittedAt, paid_at: paidAt == null ? null : after(paidAt) });
    const colour = colourFacts({
      invoices: [inv],
      approvals: decided == null ? [] : [{ invoice_id: 5, user_id: 2, person_id: null, decided_at: after(decided) }],
      moves: paidAt == null ? [] : [move({ id: 1n, document_id: 5n, actor_id: 2 })],
    });
    const found = approvalFast.detect(colour, undefined, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].evidence.users).toEqual(users);
  });
});
