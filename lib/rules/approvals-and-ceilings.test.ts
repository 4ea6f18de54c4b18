// The rules issue 14 asked to decide once: who may approve, how many approvals, and the unit-price ceiling at each
// tier. Every other place (the approval queue, the payment, contract registration) asks these functions.
import { describe, expect, it } from "vitest";
import { approvalsNeeded, CEILING_CODE, checkInvoicePayment, checkSelfApproval, checkUnitPriceCeiling } from "./purpose-rules";
import { APPROVER_A, APPROVER_B, CONCRETE, CREATOR, applyEdits, baseInvoiceAttempt, codesOf, withApprovers, withContract, withLine } from "./test-fixtures";

describe("approvalsNeeded", () => {
  it.each([
    { total: 0n, threshold: 1_000n, needed: 1 },
    { total: 999n, threshold: 1_000n, needed: 1 },
    { total: 1_000n, threshold: 1_000n, needed: 2 },
    { total: 1_001n, threshold: 1_000n, needed: 2 },
    { total: 5n, threshold: 0n, needed: 2 },
  ])("$total tiyn against a threshold of $threshold → $needed", ({ total, threshold, needed }) => {
    expect(approvalsNeeded(total, { approvalThresholdTiyn: threshold })).toBe(needed);
  });
});

describe("checkSelfApproval", () => {
  it.each([
    { case: "no approvals", approvers: [], code: null },
    { case: "another official", approvers: [APPROVER_A], code: null },
    { case: "two others", approvers: [APPROVER_A, APPROVER_B], code: null },
    { case: "the creator alone (as the queue asks it, for one approval being given)", approvers: [CREATOR], code: "SELF_APPROVAL" },
    { case: "the creator among others", approvers: [APPROVER_A, CREATOR], code: "SELF_APPROVAL" },
  ])("$case → $code", ({ approvers, code }) => {
    const v = checkSelfApproval({ number: "INV-1", createdByUserId: CREATOR, approvals: approvers.map((userId) => ({ userId })) });
    expect(v?.code ?? null).toBe(code);
    if (v) expect(v.params).toEqual({ invoice: "INV-1", user: String(CREATOR) });
  });
});

describe("checkUnitPriceCeiling", () => {
  const item = { code: CONCRETE, name: "Concrete B25", unit: "м3", ceilingUnitPriceTiyn: 3_200_000n };
  it.each([
    { tier: "estimate", attempted: 3_199_999n, code: null },
    { tier: "estimate", attempted: 3_200_000n, code: null },
    { tier: "estimate", attempted: 3_200_001n, code: "PRICE_ABOVE_CEILING" },
    { tier: "contract", attempted: 3_200_000n, code: null },
    { tier: "contract", attempted: 3_200_001n, code: "UNIT_PRICE_ABOVE_CONTRACT" },
  ] as const)("$tier tier, $attempted tiyn → $code", ({ tier, attempted, code }) => {
    const v = checkUnitPriceCeiling(tier, item, attempted, 2);
    expect(v?.code ?? null).toBe(code);
    if (v) {
      expect(v).toMatchObject({ line: 2, params: { item: CONCRETE, itemName: "Concrete B25", unit: "м3", ceiling: "3200000", attempted: String(attempted) } });
      expect(v.message).toContain(tier === "contract" ? "the contract's ceiling" : "the estimate ceiling");
    }
  });

  it("one code per tier, and no code for two tiers", () => {
    expect(new Set(Object.values(CEILING_CODE)).size).toBe(Object.keys(CEILING_CODE).length);
  });
});

describe("a payment is held to the ceiling of its own tier", () => {
  it.each([
    { case: "general contract (no tier given)", edits: [], code: "PRICE_ABOVE_CEILING@0" },
    { case: "general contract", edits: [withContract({ ceilingTier: "estimate" })], code: "PRICE_ABOVE_CEILING@0" },
    { case: "subcontract", edits: [withContract({ ceilingTier: "contract" })], code: "UNIT_PRICE_ABOVE_CONTRACT@0" },
  ])("$case → $code", ({ edits, code }) => {
    const attempt = applyEdits(baseInvoiceAttempt(), [withLine(0, { unitPriceTiyn: 3_200_001n }), withApprovers(APPROVER_A), ...edits]);
    expect(codesOf(checkInvoicePayment(attempt))).toEqual([code]);
  });
});
