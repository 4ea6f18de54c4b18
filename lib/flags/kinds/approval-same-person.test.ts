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
  it.each([
    { why: "no approval by the creator and no refused try", same: [], tries: 0, score: null },
    { why: "one refused self-approval", same: [], tries: 1, score: 70 },
    { why: "three refused self-approvals", same: [], tries: 3, score: 80 },
    { why: "an approval that counted", same: [2], tries: 0, score: 90 },
  ])("refused tries: $why → $score", ({ same, tries, score }) => {
    expect(decideSameApprover(same, tries)?.score ?? null).toBe(score);
  });
});

describe("same person created and approved: what it finds in a colour", () => {
  it("names the invoice, both accounts and the person", () => {
    const colour = colourFacts({ invoices: [invoice({ id: 5, created_by_id: 1, creator_person: 7 })], approvals: [{ invoice_id: 5, user_id: 2, person_id: 7, decided_at: day(1) }] });
    expect(approvalSamePerson.detect(colour, [], C)).toMatchObject([{ subjectId: "5", evidence: { invoices: [5], users: [1, 2], persons: [7] } }]);
  });
  it.each([
    { row: "hit", why: "the creator tried to approve a live invoice and was refused", live: true, subjects: ["5"] },
    { row: "hit", why: "the creator was refused on an invoice later withdrawn (no longer live)", live: false, subjects: ["5"] },
  ])("$row: $why", ({ live, subjects }) => {
    const colour = colourFacts({ invoices: live ? [invoice({ id: 5, created_by_id: 1 })] : [] });
    const found = approvalSamePerson.detect(colour, [{ invoice_id: 5, actor_id: 1, person_id: null, issuer_id: 10, contract_id: 100, created_by_id: 1 }], C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    expect(found[0]).toMatchObject({ companyId: 10, verdict: { facts: { refusedSelfApprovals: 1, approvers: 0 } }, evidence: { invoices: [5], users: [1, 1] } });
  });
  it("a creator who only submitted is no flag", () => {
    expect(approvalSamePerson.detect(colourFacts({ invoices: [invoice({ id: 5, created_by_id: 1 })] }), [], C)).toEqual([]);
  });
});
