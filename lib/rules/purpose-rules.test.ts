import { describe, expect, it } from "vitest";
import {
  checkApprovalCount,
  checkExit,
  checkInvoicePayment,
  checkQuantitiesWithinEstimate,
  checkUnitPriceCeilings,
  checkUnitsMatch,
} from "./purpose-rules";
import {
  APPROVER_A,
  APPROVER_B,
  BASE_INVOICE_TOTAL,
  CONCRETE,
  CREATOR,
  NOW,
  REBAR,
  applyEdits,
  baseExitAttempt,
  baseInvoiceAttempt,
  codesOf,
  withApprovers,
  withColour,
  withContract,
  withExit,
  withInvoice,
  withItem,
  withLine,
  withLines,
  withNow,
  withPayee,
  withPayer,
  withRules,
  type TEdit,
} from "./test-fixtures";
import type { TExitAttempt, TInvoicePaymentAttempt } from "./types";

const at = (ms: number) => new Date(NOW.getTime() + ms);

type TInvoiceCase = { name: string; edits: TEdit<TInvoicePaymentAttempt>[]; expected: string[] };

describe("checkInvoicePayment", () => {
  it("passes the base attempt", () => {
    expect(checkInvoicePayment(baseInvoiceAttempt())).toEqual([]);
  });

  it.each<TInvoiceCase>([
    // colour and account
    { name: "closed colour", edits: [withColour({ isClosed: true })], expected: ["COLOUR_CLOSED"] },
    { name: "expiry exactly now passes", edits: [withRules({ expiresAt: NOW })], expected: [] },
    { name: "expired 1 ms before now", edits: [withRules({ expiresAt: at(-1) })], expected: ["COLOUR_EXPIRED"] },
    { name: "now 1 ms after expiry", edits: [withRules({ expiresAt: NOW }), withNow(at(1))], expected: ["COLOUR_EXPIRED"] },
    { name: "frozen colour", edits: [withColour({ isFrozen: true })], expected: ["COLOUR_FROZEN"] },
    { name: "frozen payer account", edits: [withPayer({ isFrozen: true })], expected: ["ACCOUNT_FROZEN"] },
    // the document
    { name: "invoice already paid", edits: [withInvoice({ isAlreadyPaid: true })], expected: ["DUPLICATE_INVOICE"] },
    { name: "invoice without lines", edits: [withLines()], expected: ["EMPTY_INVOICE"] },
    // payee
    { name: "unregistered payee", edits: [withPayee({ isRegistered: false })], expected: ["PAYEE_NOT_REGISTERED"] },
    { name: "debarred payee", edits: [withPayee({ isDebarred: true })], expected: ["PAYEE_DEBARRED"] },
    { name: "payee outside the chain", edits: [withPayee({ isInContractChain: false })], expected: ["PAYEE_OUTSIDE_CHAIN"] },
    // lines
    { name: "item not in the estimate", edits: [withLine(1, { itemCode: "999999.999.999999" })], expected: ["ITEM_NOT_IN_ESTIMATE@1"] },
    {
      name: "item missing from the estimate is not also reported as not allowed",
      edits: [withLine(0, { itemCode: "999999.999.999999" }), withRules({ allowedItemCodes: [REBAR] })],
      expected: ["ITEM_NOT_IN_ESTIMATE@0"],
    },
    { name: "item not allowed by the colour", edits: [withRules({ allowedItemCodes: [REBAR] })], expected: ["ITEM_NOT_ALLOWED@0"] },
    { name: "no item allowed", edits: [withRules({ allowedItemCodes: [] })], expected: ["ITEM_NOT_ALLOWED@0", "ITEM_NOT_ALLOWED@1"] },
    { name: "every estimate item allowed", edits: [withRules({ allowedItemCodes: "all" })], expected: [] },
    { name: "zero quantity", edits: [withLine(0, { quantityMilli: 0n })], expected: ["NON_POSITIVE_AMOUNT@0"] },
    { name: "negative quantity", edits: [withLine(1, { quantityMilli: -1n })], expected: ["NON_POSITIVE_AMOUNT@1"] },
    { name: "zero unit price", edits: [withLine(0, { unitPriceTiyn: 0n })], expected: ["NON_POSITIVE_AMOUNT@0"] },
    { name: "negative unit price", edits: [withLine(1, { unitPriceTiyn: -100n })], expected: ["NON_POSITIVE_AMOUNT@1"] },
    { name: "unit price exactly at the ceiling passes", edits: [withLine(0, { unitPriceTiyn: 3_200_000n })], expected: [] },
    { name: "unit price 1 tiyn above the ceiling", edits: [withLine(0, { unitPriceTiyn: 3_200_001n })], expected: ["PRICE_ABOVE_CEILING@0"] },
    { name: "quantity exactly the estimate passes", edits: [withLine(0, { quantityMilli: 200_000n })], expected: [] },
    { name: "quantity 0.001 above the estimate", edits: [withLine(0, { quantityMilli: 200_001n })], expected: ["QUANTITY_ABOVE_ESTIMATE@0"] },
    {
      name: "estimate already fully billed",
      edits: [withItem(REBAR, { billedMilli: 300_000n })],
      expected: ["QUANTITY_ABOVE_ESTIMATE@1"],
    },
    {
      name: "the same item on two lines is summed, reported on the line that crosses",
      edits: [
        withLines(
          { itemCode: CONCRETE, quantityMilli: 150_000n, unitPriceTiyn: 3_100_000n },
          { itemCode: REBAR, quantityMilli: 1_000n, unitPriceTiyn: 44_000_000n },
          { itemCode: CONCRETE, quantityMilli: 60_000n, unitPriceTiyn: 3_100_000n },
        ),
      ],
      expected: ["QUANTITY_ABOVE_ESTIMATE@2"],
    },
    {
      name: "the same item on two lines within the estimate passes",
      edits: [
        withLines(
          { itemCode: CONCRETE, quantityMilli: 150_000n, unitPriceTiyn: 3_100_000n },
          { itemCode: CONCRETE, quantityMilli: 50_000n, unitPriceTiyn: 3_000_000n },
        ),
      ],
      expected: [],
    },
    {
      name: "a negative line does not hide an excess on another",
      edits: [
        withLines(
          { itemCode: CONCRETE, quantityMilli: 250_000n, unitPriceTiyn: 3_100_000n },
          { itemCode: CONCRETE, quantityMilli: -100_000n, unitPriceTiyn: 3_100_000n },
        ),
      ],
      expected: ["QUANTITY_ABOVE_ESTIMATE@0", "NON_POSITIVE_AMOUNT@1"],
    },
    // advance limit: 30 % of 50 000 000 KZT = 15 000 000 KZT
    { name: "work invoice ignores the advance limit", edits: [withContract({ advancesPaidTiyn: 10_000_000_000n })], expected: [] },
    { name: "advance within the limit passes", edits: [withInvoice({ kind: "advance" })], expected: [] },
    {
      name: "advance exactly at the limit passes",
      edits: [withInvoice({ kind: "advance" }), withContract({ advancesPaidTiyn: 1_500_000_000n - BASE_INVOICE_TOTAL })],
      expected: [],
    },
    {
      name: "advance 1 tiyn above the limit",
      edits: [withInvoice({ kind: "advance" }), withContract({ advancesPaidTiyn: 1_500_000_001n - BASE_INVOICE_TOTAL })],
      expected: ["ADVANCE_LIMIT"],
    },
    { name: "advance with a zero limit", edits: [withInvoice({ kind: "advance" }), withRules({ advanceLimitBp: 0 })], expected: ["ADVANCE_LIMIT"] },
    // balance
    { name: "balance exactly the total passes", edits: [withPayer({ balanceTiyn: BASE_INVOICE_TOTAL })], expected: [] },
    { name: "balance 1 tiyn short", edits: [withPayer({ balanceTiyn: BASE_INVOICE_TOTAL - 1n })], expected: ["INSUFFICIENT_BALANCE"] },
    // approvals below the threshold
    { name: "below threshold, no approval", edits: [withApprovers()], expected: ["SECOND_APPROVAL_MISSING"] },
    { name: "below threshold, approved only by the creator", edits: [withApprovers(CREATOR)], expected: ["SELF_APPROVAL"] },
    { name: "below threshold, creator and another", edits: [withApprovers(CREATOR, APPROVER_A)], expected: ["SELF_APPROVAL"] },
    { name: "below threshold, two approvers pass", edits: [withApprovers(APPROVER_A, APPROVER_B)], expected: [] },
    // approvals at and above the threshold
    {
      name: "exactly at the threshold with one approver",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL })],
      expected: ["SECOND_APPROVAL_MISSING"],
    },
    {
      name: "1 tiyn below the threshold with one approver passes",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL + 1n })],
      expected: [],
    },
    {
      name: "at the threshold with two different approvers passes",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL }), withApprovers(APPROVER_A, APPROVER_B)],
      expected: [],
    },
    {
      name: "at the threshold, the same approver twice",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL }), withApprovers(APPROVER_A, APPROVER_A)],
      expected: ["SECOND_APPROVAL_MISSING"],
    },
    {
      name: "at the threshold, creator and one other",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL }), withApprovers(CREATOR, APPROVER_A)],
      expected: ["SECOND_APPROVAL_MISSING", "SELF_APPROVAL"],
    },
    {
      name: "at the threshold, creator and two others",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL }), withApprovers(CREATOR, APPROVER_A, APPROVER_B)],
      expected: ["SELF_APPROVAL"],
    },
    {
      name: "at the threshold, no approval",
      edits: [withRules({ approvalThresholdTiyn: BASE_INVOICE_TOTAL }), withApprovers()],
      expected: ["SECOND_APPROVAL_MISSING"],
    },
  ])("$name", ({ edits, expected }) => {
    expect(codesOf(checkInvoicePayment(applyEdits(baseInvoiceAttempt(), edits)))).toEqual(expected);
  });

  it("returns every violation at once, colour first, then payee, lines in order, then the payment", () => {
    const attempt = applyEdits(baseInvoiceAttempt(), [
      withColour({ isFrozen: true }),
      withPayee({ isDebarred: true }),
      withRules({ allowedItemCodes: [CONCRETE] }),
      withLines(
        { itemCode: CONCRETE, quantityMilli: 250_000n, unitPriceTiyn: 3_550_000n },
        { itemCode: "999999.999.999999", quantityMilli: 0n, unitPriceTiyn: 100n },
        { itemCode: REBAR, quantityMilli: 1_000n, unitPriceTiyn: 44_000_000n },
      ),
      withPayer({ balanceTiyn: 0n }),
      withApprovers(CREATOR),
    ]);
    expect(codesOf(checkInvoicePayment(attempt))).toEqual([
      "COLOUR_FROZEN",
      "PAYEE_DEBARRED",
      "PRICE_ABOVE_CEILING@0",
      "QUANTITY_ABOVE_ESTIMATE@0",
      "ITEM_NOT_IN_ESTIMATE@1",
      "NON_POSITIVE_AMOUNT@1",
      "ITEM_NOT_ALLOWED@2",
      "INSUFFICIENT_BALANCE",
      "SELF_APPROVAL",
    ]);
  });

  it("reports every check of the colour, payer, document and payee together", () => {
    const attempt = applyEdits(baseInvoiceAttempt(), [
      withColour({ isClosed: true, isFrozen: true }),
      withRules({ expiresAt: at(-1) }),
      withPayer({ isFrozen: true }),
      withInvoice({ isAlreadyPaid: true }),
      withLines(),
      withPayee({ isRegistered: false, isDebarred: true, isInContractChain: false }),
    ]);
    expect(codesOf(checkInvoicePayment(attempt))).toEqual([
      "COLOUR_CLOSED",
      "COLOUR_EXPIRED",
      "COLOUR_FROZEN",
      "ACCOUNT_FROZEN",
      "DUPLICATE_INVOICE",
      "EMPTY_INVOICE",
      "PAYEE_NOT_REGISTERED",
      "PAYEE_DEBARRED",
      "PAYEE_OUTSIDE_CHAIN",
    ]);
  });

  it("does not change its input", () => {
    const attempt = baseInvoiceAttempt();
    const before = structuredClone(attempt);
    checkInvoicePayment(applyEdits(attempt, [withColour({ isFrozen: true }), withLine(0, { unitPriceTiyn: 9_999_999n })]));
    expect(attempt).toEqual(before);
  });
});

describe("violation params and messages", () => {
  it("names the item, ceiling and price for a price above the ceiling", () => {
    const attempt = applyEdits(baseInvoiceAttempt(), [withLine(0, { unitPriceTiyn: 3_550_000n })]);
    expect(checkUnitPriceCeilings(attempt.invoice.lines, attempt.estimate)).toEqual([
      {
        code: "PRICE_ABOVE_CEILING",
        line: 0,
        params: { item: CONCRETE, itemName: "Ready-mixed concrete B25", unit: "м3", ceiling: "3200000", attempted: "3550000" },
        message: `Unit price above the estimate ceiling for item ${CONCRETE} "Ready-mixed concrete B25": ceiling 32000.00 KZT per м3, invoiced 35500.00 KZT.`,
      },
    ]);
  });

  it("names the estimate, billed, attempted and remaining quantities", () => {
    const attempt = applyEdits(baseInvoiceAttempt(), [withItem(CONCRETE, { billedMilli: 1_150_000n })]);
    expect(checkQuantitiesWithinEstimate(attempt.invoice.lines, attempt.estimate)).toEqual([
      {
        code: "QUANTITY_ABOVE_ESTIMATE",
        line: 0,
        params: {
          item: CONCRETE,
          itemName: "Ready-mixed concrete B25",
          unit: "м3",
          estimate: "1200000",
          billed: "1150000",
          attempted: "100000",
          remaining: "50000",
        },
        message: `Quantity above the estimate for item ${CONCRETE} "Ready-mixed concrete B25": estimate 1200 м3, already billed 1150 м3, this invoice 100 м3 (50 м3 remain).`,
      },
    ]);
  });

  it("reports the invoice's whole quantity for an item split over lines, and no negative remainder", () => {
    const attempt = applyEdits(baseInvoiceAttempt(), [
      withItem(CONCRETE, { billedMilli: 1_250_000n }),
      withLines(
        { itemCode: CONCRETE, quantityMilli: 1_500n, unitPriceTiyn: 3_100_000n },
        { itemCode: CONCRETE, quantityMilli: 2_000n, unitPriceTiyn: 3_100_000n },
      ),
    ]);
    const [violation, ...rest] = checkQuantitiesWithinEstimate(attempt.invoice.lines, attempt.estimate);
    expect(rest).toEqual([]);
    expect(violation?.line).toBe(0);
    expect(violation?.params).toMatchObject({ billed: "1250000", attempted: "3500", remaining: "0" });
    expect(violation?.message).toContain("this invoice 3.5 м3 (0 м3 remain)");
  });

  it("states the advance limit, what was paid and what is attempted", () => {
    const attempt = applyEdits(baseInvoiceAttempt(), [withInvoice({ kind: "advance" }), withContract({ advancesPaidTiyn: 1_000_000_000n })]);
    const [violation] = checkInvoicePayment(attempt);
    expect(violation?.params).toEqual({
      invoice: "INV-2026-0042",
      limitBp: "3000",
      limit: "1500000000",
      contractValue: "5000000000",
      alreadyPaid: "1000000000",
      attempted: "750000000",
    });
    expect(violation?.message).toBe(
      "Advance limit exceeded for invoice INV-2026-0042: advances may reach 30% of the contract value 50000000.00 KZT, that is 15000000.00 KZT; already paid 10000000.00 KZT, this invoice 7500000.00 KZT.",
    );
  });

  it("states when the colour expired as an ISO instant", () => {
    const expiresAt = new Date("2026-03-01T18:59:59.999Z");
    const [violation] = checkInvoicePayment(applyEdits(baseInvoiceAttempt(), [withRules({ expiresAt })]));
    expect(violation).toMatchObject({ code: "COLOUR_EXPIRED", params: { colour: "7", expiredAt: "2026-03-01T18:59:59.999Z" } });
  });

  it("states balance and attempted amount", () => {
    const [violation] = checkInvoicePayment(applyEdits(baseInvoiceAttempt(), [withPayer({ balanceTiyn: 12_345n })]));
    expect(violation).toMatchObject({ code: "INSUFFICIENT_BALANCE", params: { balance: "12345", attempted: "750000000" } });
    expect(violation?.message).toBe("Insufficient balance in colour 7: balance 123.45 KZT, attempted 7500000.00 KZT.");
  });

  it.each([
    { approvers: [APPROVER_A], threshold: BASE_INVOICE_TOTAL, required: "2", have: "1" },
    { approvers: [CREATOR], threshold: BASE_INVOICE_TOTAL, required: "2", have: "0" },
    { approvers: [], threshold: BASE_INVOICE_TOTAL + 1n, required: "1", have: "0" },
  ])("says how many approvals are required and present ($required required, $have present)", ({ approvers, threshold, required, have }) => {
    const attempt = applyEdits(baseInvoiceAttempt(), [withRules({ approvalThresholdTiyn: threshold }), withApprovers(...approvers)]);
    expect(checkApprovalCount(attempt.invoice, attempt.colour.rules)?.params).toEqual({
      invoice: "INV-2026-0042",
      threshold: threshold.toString(),
      amount: "750000000",
      required,
      have,
    });
  });

  it("checks invoiced units against the estimate when a unit is supplied", () => {
    const { estimate } = baseInvoiceAttempt();
    expect(
      codesOf(
        checkUnitsMatch(
          [
            { itemCode: CONCRETE, unit: " м3 " },
            { itemCode: REBAR, unit: "кг" },
            { itemCode: "999999.999.999999", unit: "шт" },
          ],
          estimate,
        ),
      ),
    ).toEqual(["UNIT_MISMATCH@1"]);
  });
});

type TExitCase = { name: string; edits: TEdit<TExitAttempt>[]; expected: string[] };

describe("checkExit", () => {
  it("passes the base attempt", () => {
    expect(checkExit(baseExitAttempt())).toEqual([]);
  });

  it.each<TExitCase>([
    { name: "closed colour", edits: [withColour({ isClosed: true })], expected: ["COLOUR_CLOSED"] },
    { name: "expiry exactly now passes", edits: [withRules({ expiresAt: NOW })], expected: [] },
    { name: "1 ms after expiry", edits: [withRules({ expiresAt: NOW }), withNow(at(1))], expected: ["COLOUR_EXPIRED"] },
    { name: "frozen colour", edits: [withColour({ isFrozen: true })], expected: ["COLOUR_FROZEN"] },
    { name: "frozen account", edits: [withExit({ payer: { isFrozen: true } })], expected: ["ACCOUNT_FROZEN"] },
    { name: "zero amount", edits: [withExit({ amountTiyn: 0n })], expected: ["NON_POSITIVE_AMOUNT"] },
    { name: "negative amount", edits: [withExit({ amountTiyn: -1n })], expected: ["NON_POSITIVE_AMOUNT"] },
    { name: "exit kind not allowed; its share is not judged", edits: [withExit({ kind: "taxes" })], expected: ["EXIT_NOT_ALLOWED"] },
    { name: "share exactly reached passes", edits: [withExit({ amountTiyn: 100_000n })], expected: [] },
    { name: "share exceeded by 1 tiyn", edits: [withExit({ amountTiyn: 100_001n })], expected: ["EXIT_SHARE_EXCEEDED"] },
    {
      name: "share counts only this kind's earlier exits",
      edits: [
        withRules({ exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: true, maxShareBp: 1000 } } }),
        withExit({ kind: "taxes", amountTiyn: 100_000n, payer: { exitedTiyn: { wages: 200_000n, taxes: 0n } } }),
      ],
      expected: [],
    },
    { name: "balance exactly the amount passes", edits: [withExit({ payer: { balanceTiyn: 50_000n } })], expected: [] },
    { name: "balance 1 tiyn short", edits: [withExit({ payer: { balanceTiyn: 49_999n } })], expected: ["INSUFFICIENT_BALANCE"] },
    {
      name: "several violations at once, in order",
      edits: [withColour({ isClosed: true, isFrozen: true }), withNow(new Date("2027-01-01T00:00:00Z")), withExit({ amountTiyn: 900_000n })],
      expected: ["COLOUR_CLOSED", "COLOUR_EXPIRED", "COLOUR_FROZEN", "EXIT_SHARE_EXCEEDED", "INSUFFICIENT_BALANCE"],
    },
  ])("$name", ({ edits, expected }) => {
    expect(codesOf(checkExit(applyEdits(baseExitAttempt(), edits)))).toEqual(expected);
  });

  it("states the share, what was paid and what is attempted", () => {
    const [violation] = checkExit(applyEdits(baseExitAttempt(), [withExit({ amountTiyn: 150_000n })]));
    expect(violation).toEqual({
      code: "EXIT_SHARE_EXCEEDED",
      params: { colour: "7", exit: "wages", limitBp: "2000", limit: "200000", received: "1000000", alreadyExited: "100000", attempted: "150000" },
      message:
        "Wages share exceeded in colour 7: at most 20% of the 10000.00 KZT received, that is 2000.00 KZT; already paid 1000.00 KZT, this payment 1500.00 KZT.",
    });
  });
});
