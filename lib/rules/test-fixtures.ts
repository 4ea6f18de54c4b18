// Valid attempts for the rule tests: each test starts from one of these and changes only what its case
// is about, so that the expected violations are exactly the ones the change causes.
import type { TColourState, TEstimateItemState, TExitAttempt, TInvoiceLine, TInvoicePaymentAttempt, TPayeeState, TPurposeRules } from "./types";

export const CONCRETE = "236310.100.000003";
export const REBAR = "241071.900.000001";
export const CREATOR = 10;
export const APPROVER_A = 20;
export const APPROVER_B = 30;
export const NOW = new Date("2026-03-15T06:00:00.000Z");

/**
 * Concrete: 1200 м3 in the estimate, 1000 already billed, ceiling 32 000 KZT; this invoice 100 м3 at 31 000.
 * Rebar: 300 т, none billed, ceiling 450 000 KZT; this invoice 10 т at 440 000.
 * Total 3 100 000 + 4 400 000 = 7 500 000 KZT: under the 20 000 000 threshold, so one approval suffices.
 */
export function baseInvoiceAttempt(): TInvoicePaymentAttempt {
  return {
    now: NOW,
    colour: baseColour(),
    payer: { balanceTiyn: 3_000_000_000n, isFrozen: false },
    payee: { organizationId: 501, name: "TOO Qurylys Invest", isRegistered: true, isDebarred: false, isInContractChain: true },
    invoice: {
      id: 9001,
      number: "INV-2026-0042",
      kind: "work",
      lines: [
        { itemCode: CONCRETE, quantityMilli: 100_000n, unitPriceTiyn: 3_100_000n },
        { itemCode: REBAR, quantityMilli: 10_000n, unitPriceTiyn: 44_000_000n },
      ],
      createdByUserId: CREATOR,
      approvals: [{ userId: APPROVER_A }],
      isAlreadyPaid: false,
    },
    estimate: new Map<string, TEstimateItemState>([
      [CONCRETE, { code: CONCRETE, name: "Ready-mixed concrete B25", unit: "м3", quantityMilli: 1_200_000n, ceilingUnitPriceTiyn: 3_200_000n, billedMilli: 1_000_000n }],
      [REBAR, { code: REBAR, name: "Reinforcing steel A500C", unit: "т", quantityMilli: 300_000n, ceilingUnitPriceTiyn: 45_000_000n, billedMilli: 0n }],
    ]),
    contract: { valueTiyn: 5_000_000_000n, advancesPaidTiyn: 0n },
  };
}

export const BASE_INVOICE_TOTAL = 750_000_000n;

export function baseColour(): TColourState {
  return {
    id: 7,
    isFrozen: false,
    isClosed: false,
    rules: {
      version: 3,
      allowedItemCodes: [CONCRETE, REBAR],
      expiresAt: new Date("2026-12-31T18:59:59.999Z"),
      advanceLimitBp: 3000,
      approvalThresholdTiyn: 2_000_000_000n,
      exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: false, maxShareBp: 0 } },
    },
  };
}

/** Received 10 000 KZT; wages may reach 20 %, i.e. 2 000, of which 1 000 are paid; this exit is 500. */
export function baseExitAttempt(): TExitAttempt {
  return {
    now: NOW,
    colour: baseColour(),
    payer: { balanceTiyn: 800_000n, isFrozen: false, receivedTiyn: 1_000_000n, exitedTiyn: { wages: 100_000n, taxes: 0n } },
    kind: "wages",
    amountTiyn: 50_000n,
  };
}

// Small immutable edits, composed by the tables.
export type TEdit<T> = (attempt: T) => T;
type TInvoiceEdit = TEdit<TInvoicePaymentAttempt>;

export const applyEdits = <T>(base: T, edits: readonly TEdit<T>[]): T => edits.reduce((a, edit) => edit(a), base);

export const withColour =
  <T extends { colour: TColourState }>(patch: Partial<TColourState>): TEdit<T> =>
  (a) => ({ ...a, colour: { ...a.colour, ...patch } });

export const withRules =
  <T extends { colour: TColourState }>(patch: Partial<TPurposeRules>): TEdit<T> =>
  (a) => ({ ...a, colour: { ...a.colour, rules: { ...a.colour.rules, ...patch } } });

export const withNow =
  <T extends { now: Date }>(now: Date): TEdit<T> =>
  (a) => ({ ...a, now });

export const withPayer =
  (patch: Partial<TInvoicePaymentAttempt["payer"]>): TInvoiceEdit =>
  (a) => ({ ...a, payer: { ...a.payer, ...patch } });

export const withPayee =
  (patch: Partial<TPayeeState>): TInvoiceEdit =>
  (a) => ({ ...a, payee: { ...a.payee, ...patch } });

export const withInvoice =
  (patch: Partial<TInvoicePaymentAttempt["invoice"]>): TInvoiceEdit =>
  (a) => ({ ...a, invoice: { ...a.invoice, ...patch } });

export const withApprovers = (...userIds: number[]): TInvoiceEdit => withInvoice({ approvals: userIds.map((userId) => ({ userId })) });

export const withLines = (...lines: TInvoiceLine[]): TInvoiceEdit => withInvoice({ lines });

export const withLine =
  (index: number, patch: Partial<TInvoiceLine>): TInvoiceEdit =>
  (a) => ({ ...a, invoice: { ...a.invoice, lines: a.invoice.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) } });

export const withItem =
  (code: string, patch: Partial<TEstimateItemState>): TInvoiceEdit =>
  (a) => {
    const item = a.estimate.get(code);
    if (!item) throw new Error(`No estimate item ${code} in the fixture`);
    return { ...a, estimate: new Map(a.estimate).set(code, { ...item, ...patch }) };
  };

export const withContract =
  (patch: Partial<TInvoicePaymentAttempt["contract"]>): TInvoiceEdit =>
  (a) => ({ ...a, contract: { ...a.contract, ...patch } });

export const withExit =
  (patch: Partial<Omit<TExitAttempt, "payer">> & { payer?: Partial<TExitAttempt["payer"]> }): TEdit<TExitAttempt> =>
  (a) => ({ ...a, ...patch, payer: { ...a.payer, ...patch.payer } });

/** Renders violations as "CODE" or "CODE@line", which reads well in a table of expectations. */
export const codesOf = (violations: readonly { code: string; line?: number }[]) =>
  violations.map((v) => (v.line === undefined ? v.code : `${v.code}@${v.line}`));
