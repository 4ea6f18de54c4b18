import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, day, invoice } from "./colour-fixture";
import { approvalSamePerson, decideSameApprover, sameApprovers } from "./approval-same-person";

describe("same person created and approved: the decision", () => {
  it.each([
    { row: "hit", why: "the creator's own account approved", creator: { user: 1, person: null }, approvers: [{ userId: 1, personId: null }], same: [1] },
    { row: "hit", why: "another account of the same person approved", creator: { user: 1, person: 7 }, approvers: [{ userId: 2, personId: 7 }], same: [2] },
    { row: "near-miss", why: "another person, whose account has no person behind it", creator: { user: 1, person: null }, approvers: [{ userId: 2, personId: null }], same: [] },
    { row: "look-alike", why: "a colleague of the creator approved", creator: { user: 1, person: 7 }, approvers: [{ userId: 3, personId: 8 }], same: [] },
  ])("$row: $why", ({ creator, approvers, same }) => {
    expect(sameApprovers({ creatorUserId: creator.user, creatorPersonId: creator.person, approvers })).toEqual(same);
    expect(decideSameApprover(same)?.severity ?? null).toBe(same.length ? "high" : null);
  });
});

describe("same person created and approved: what it finds in a colour", () => {
  it("names the invoice, both accounts and the person", () => {
    const colour = colourFacts({ invoices: [invoice({ id: 5, created_by_id: 1, creator_person: 7 })], approvals: [{ invoice_id: 5, user_id: 2, person_id: 7, decided_at: day(1) }] });
    expect(approvalSamePerson.detect(colour, undefined, C)).toMatchObject([{ subjectId: "5", evidence: { invoices: [5], users: [1, 2], persons: [7] } }]);
  });
});
