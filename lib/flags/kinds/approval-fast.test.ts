import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, invoice, move } from "./colour-fixture";
import { approvalFast, decideFastApproval } from "./approval-fast";

const submittedAt = new Date("2026-05-01T05:00:00Z");
const after = (minutes: number) => new Date(submittedAt.getTime() + minutes * 60_000);

describe("unusually fast approval: the decision", () => {
  it.each([
    { row: "hit", why: "released 9.99 min after submission", releasedAt: after(9.99), fires: true },
    { row: "hit", why: "released at once", releasedAt: after(0), fires: true },
    { row: "near-miss", why: "released after exactly 10 min", releasedAt: after(10), fires: false },
    { row: "look-alike", why: "a release dated before the submission (back-dated import)", releasedAt: after(-5), fires: false },
    { row: "look-alike", why: "an unpaid invoice", releasedAt: null, fires: false },
  ])("$row: $why → $fires", ({ releasedAt, fires }) => {
    expect(decideFastApproval({ submittedAt, releasedAt }, C.approvalFast) !== null).toBe(fires);
  });
});

describe("unusually fast approval: what it finds in a colour", () => {
  const paid = invoice({ id: 5, status: "paid", submitted_at: submittedAt, paid_at: after(2) });
  it.each([
    { row: "hit", why: "approved and paid in 2 minutes", approved: true, subjects: ["5"] },
    { row: "look-alike", why: "paid in 2 minutes with no approval recorded", approved: false, subjects: [] },
  ])("$row: $why", ({ approved, subjects }) => {
    const colour = colourFacts({ invoices: [paid], approvals: approved ? [{ invoice_id: 5, user_id: 2, person_id: null, decided_at: after(2) }] : [], moves: [move({ id: 1n, document_id: 5n, actor_id: 2 })] });
    const found = approvalFast.detect(colour, undefined, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].evidence).toEqual({ invoices: [5], contracts: [100], companies: [10], transfers: ["1"], users: [2] });
  });
});
