// The purpose rules a coloured payment must pass. Each rule is a pure function over the plain data of
// types.ts; the aggregators run them all and report every violation, so that a contractor fixes an
// invoice once instead of discovering its faults one refusal at a time.
import { formatQuantityMilli, formatTiynPlain, invoiceTotalTiyn, shareOf } from "./amounts";
import type {
  TBasisPoints,
  TCeilingTier,
  TColourState,
  TEstimateItemState,
  TExitAttempt,
  TExitKind,
  TInvoiceLine,
  TInvoicePaymentAttempt,
  TPayeeState,
  TPurposeRules,
  TRuleCode,
  TRuleViolation,
} from "./types";

type TInvoice = TInvoicePaymentAttempt["invoice"];
type TEstimate = TInvoicePaymentAttempt["estimate"];
type TContract = TInvoicePaymentAttempt["contract"];

function violation(code: TRuleCode, params: Record<string, string>, message: string, line?: number): TRuleViolation {
  return line === undefined ? { code, params, message } : { code, line, params, message };
}

/** 3000 → "30%", 2550 → "25.5%": basis points as people read them. */
function formatBp(bp: TBasisPoints): string {
  return `${formatQuantityMilli(BigInt(bp) * 10n)}%`;
}

const quantityIn = (quantityMilli: bigint, unit: string) => `${formatQuantityMilli(quantityMilli)} ${unit}`;
const itemLabel = (item: TEstimateItemState) => `${item.code} "${item.name}"`;

// ——— colour and account ———

export function checkColourClosed(colour: TColourState): TRuleViolation | null {
  if (!colour.isClosed) return null;
  return violation("COLOUR_CLOSED", { colour: String(colour.id) }, `Colour ${colour.id} is closed: none of its money can move any more.`);
}

/** Valid up to and including `expiresAt` itself: the deadline is the last instant money may move. */
export function checkColourExpired(colour: TColourState, now: Date): TRuleViolation | null {
  const { expiresAt } = colour.rules;
  if (now.getTime() <= expiresAt.getTime()) return null;
  return violation(
    "COLOUR_EXPIRED",
    { colour: String(colour.id), expiredAt: expiresAt.toISOString(), attemptedAt: now.toISOString() },
    `Colour ${colour.id} expired at ${expiresAt.toISOString()}; payment attempted at ${now.toISOString()}.`,
  );
}

export function checkColourFrozen(colour: TColourState): TRuleViolation | null {
  if (!colour.isFrozen) return null;
  return violation("COLOUR_FROZEN", { colour: String(colour.id) }, `Colour ${colour.id} is frozen by an investigator: its money cannot move.`);
}

export function checkAccountFrozen(colour: TColourState, account: { isFrozen: boolean }): TRuleViolation | null {
  if (!account.isFrozen) return null;
  return violation(
    "ACCOUNT_FROZEN",
    { colour: String(colour.id) },
    `The payer's account in colour ${colour.id} is frozen by an investigator: its money cannot move.`,
  );
}

export function checkBalance(colour: TColourState, balanceTiyn: bigint, attemptedTiyn: bigint): TRuleViolation | null {
  if (balanceTiyn >= attemptedTiyn) return null;
  return violation(
    "INSUFFICIENT_BALANCE",
    { colour: String(colour.id), balance: balanceTiyn.toString(), attempted: attemptedTiyn.toString() },
    `Insufficient balance in colour ${colour.id}: balance ${formatTiynPlain(balanceTiyn)}, attempted ${formatTiynPlain(attemptedTiyn)}.`,
  );
}

// ——— invoice as a document ———

export function checkDuplicateInvoice(invoice: TInvoice): TRuleViolation | null {
  if (!invoice.isAlreadyPaid) return null;
  return violation(
    "DUPLICATE_INVOICE",
    { invoice: invoice.number },
    `Duplicate invoice: invoice ${invoice.number} from this payee was already paid.`,
  );
}

export function checkEmptyInvoice(invoice: TInvoice): TRuleViolation | null {
  if (invoice.lines.length > 0) return null;
  return violation("EMPTY_INVOICE", { invoice: invoice.number }, `Empty invoice: invoice ${invoice.number} has no lines to pay for.`);
}

// ——— payee ———

const payeeParams = (payee: TPayeeState) => ({ payee: payee.name, payeeId: String(payee.organizationId) });

export function checkPayeeRegistered(payee: TPayeeState): TRuleViolation | null {
  if (payee.isRegistered) return null;
  return violation(
    "PAYEE_NOT_REGISTERED",
    payeeParams(payee),
    `Payee not registered: "${payee.name}" (organisation ${payee.organizationId}) is not a registered contractor.`,
  );
}

export function checkPayeeNotDebarred(payee: TPayeeState): TRuleViolation | null {
  if (!payee.isDebarred) return null;
  return violation(
    "PAYEE_DEBARRED",
    payeeParams(payee),
    `Payee debarred: "${payee.name}" (organisation ${payee.organizationId}) may not receive public money.`,
  );
}

export function checkPayeeInChain(payee: TPayeeState, colour: TColourState): TRuleViolation | null {
  if (payee.isInContractChain) return null;
  return violation(
    "PAYEE_OUTSIDE_CHAIN",
    { ...payeeParams(payee), colour: String(colour.id) },
    `Payee outside the contract chain: "${payee.name}" (organisation ${payee.organizationId}) has no contract in the chain of colour ${colour.id}.`,
  );
}

// ——— invoice lines: each returns one violation per offending line, with its index ———

export function checkItemsInEstimate(lines: readonly TInvoiceLine[], estimate: TEstimate): TRuleViolation[] {
  return lines.flatMap((line, index) =>
    estimate.has(line.itemCode)
      ? []
      : [violation("ITEM_NOT_IN_ESTIMATE", { item: line.itemCode }, `Item not in the estimate: ${line.itemCode} is not an item of the contract's estimate.`, index)],
  );
}

/** Lines whose item is not in the estimate are left to checkItemsInEstimate: one fault, one violation. */
export function checkItemsAllowed(lines: readonly TInvoiceLine[], estimate: TEstimate, colour: TColourState): TRuleViolation[] {
  const { allowedItemCodes, version } = colour.rules;
  if (allowedItemCodes === "all") return [];
  return lines.flatMap((line, index) => {
    const item = estimate.get(line.itemCode);
    if (!item || allowedItemCodes.includes(line.itemCode)) return [];
    return [
      violation(
        "ITEM_NOT_ALLOWED",
        { item: item.code, itemName: item.name, colour: String(colour.id), version: String(version) },
        `Item not allowed by the colour for item ${itemLabel(item)}: colour ${colour.id} (rules version ${version}) may not pay for it.`,
        index,
      ),
    ];
  });
}

/**
 * `subject` is the one parameter every NON_POSITIVE_AMOUNT carries (item code here, exit kind for exits),
 * so that a single UI template fits both.
 */
export function checkLineAmountsPositive(lines: readonly TInvoiceLine[], estimate: TEstimate): TRuleViolation[] {
  return lines.flatMap((line, index) => {
    if (line.quantityMilli > 0n && line.unitPriceTiyn > 0n) return [];
    const item = estimate.get(line.itemCode);
    const quantity = item ? quantityIn(line.quantityMilli, item.unit) : formatQuantityMilli(line.quantityMilli);
    return [
      violation(
        "NON_POSITIVE_AMOUNT",
        {
          subject: line.itemCode,
          item: line.itemCode,
          quantity: line.quantityMilli.toString(),
          unitPrice: line.unitPriceTiyn.toString(),
        },
        `Non-positive amount for item ${line.itemCode}: quantity and unit price must be greater than zero; invoiced ${quantity} at ${formatTiynPlain(line.unitPriceTiyn)}.`,
        index,
      ),
    ];
  });
}

/** The code that says "above the ceiling" at each tier: one code, one meaning. */
export const CEILING_CODE = { estimate: "PRICE_ABOVE_CEILING", contract: "UNIT_PRICE_ABOVE_CONTRACT" } as const satisfies Record<TCeilingTier, TRuleCode>;

const CEILING_WORD: Record<TCeilingTier, string> = { estimate: "the estimate ceiling", contract: "the contract's ceiling" };

/**
 * The one rule for a unit price against a ceiling, at either tier: an invoice line against its contract's items, a
 * contract's item against the estimate (or a subcontract's against its parent contract). Exactly the ceiling
 * passes; a price of zero or less is not this rule's to judge.
 */
export function checkUnitPriceCeiling(tier: TCeilingTier, item: Pick<TEstimateItemState, "code" | "name" | "unit" | "ceilingUnitPriceTiyn">, attemptedTiyn: bigint, line?: number): TRuleViolation | null {
  if (attemptedTiyn <= item.ceilingUnitPriceTiyn) return null;
  return violation(
    CEILING_CODE[tier],
    { item: item.code, itemName: item.name, unit: item.unit, ceiling: item.ceilingUnitPriceTiyn.toString(), attempted: attemptedTiyn.toString() },
    `Unit price above ${CEILING_WORD[tier]} for item ${item.code} "${item.name}": ceiling ${formatTiynPlain(item.ceilingUnitPriceTiyn)} per ${item.unit}, invoiced ${formatTiynPlain(attemptedTiyn)}.`,
    line,
  );
}

/** Each line against its item's ceiling at the invoice's tier. Non-positive prices are checkLineAmountsPositive's to report. */
export function checkUnitPriceCeilings(lines: readonly TInvoiceLine[], estimate: TEstimate, tier: TCeilingTier = "estimate"): TRuleViolation[] {
  return lines.flatMap((line, index) => {
    const item = estimate.get(line.itemCode);
    const found = item ? checkUnitPriceCeiling(tier, item, line.unitPriceTiyn, index) : null;
    return found ? [found] : [];
  });
}

/**
 * Already billed plus everything this invoice bills for the item must fit the estimate. An item may sit on
 * several lines of one invoice, so they are summed; the violation points at the line that crosses the
 * estimate and reports the invoice's whole quantity for the item. Non-positive quantities are left out of
 * the sum: a negative line must not hide an excess on another.
 */
export function checkQuantitiesWithinEstimate(lines: readonly TInvoiceLine[], estimate: TEstimate): TRuleViolation[] {
  const invoicedByCode = new Map<string, bigint>();
  for (const line of lines) {
    if (line.quantityMilli > 0n) invoicedByCode.set(line.itemCode, (invoicedByCode.get(line.itemCode) ?? 0n) + line.quantityMilli);
  }

  const runningByCode = new Map<string, bigint>();
  const reported = new Set<string>();
  const violations: TRuleViolation[] = [];
  lines.forEach((line, index) => {
    const item = estimate.get(line.itemCode);
    if (!item || line.quantityMilli <= 0n || reported.has(item.code)) return;
    const running = (runningByCode.get(item.code) ?? 0n) + line.quantityMilli;
    runningByCode.set(item.code, running);
    if (item.billedMilli + running <= item.quantityMilli) return;

    reported.add(item.code);
    const attempted = invoicedByCode.get(item.code) ?? running;
    const left = item.quantityMilli - item.billedMilli;
    const remaining = left > 0n ? left : 0n;
    violations.push(
      violation(
        "QUANTITY_ABOVE_ESTIMATE",
        {
          item: item.code,
          itemName: item.name,
          unit: item.unit,
          estimate: item.quantityMilli.toString(),
          billed: item.billedMilli.toString(),
          attempted: attempted.toString(),
          remaining: remaining.toString(),
        },
        `Quantity above the estimate for item ${itemLabel(item)}: estimate ${quantityIn(item.quantityMilli, item.unit)}, already billed ${quantityIn(item.billedMilli, item.unit)}, this invoice ${quantityIn(attempted, item.unit)} (${quantityIn(remaining, item.unit)} remain).`,
        index,
      ),
    );
  });
  return violations;
}

/**
 * Invoice lines in types.ts carry no unit: the invoice is entered against the estimate item and inherits
 * its unit, so checkInvoicePayment never raises UNIT_MISMATCH. Paths that receive a unit from outside
 * (CSV import, a supplier's document) check it with this before building the lines.
 */
export function checkUnitsMatch(lines: readonly { itemCode: string; unit: string }[], estimate: TEstimate): TRuleViolation[] {
  return lines.flatMap((line, index) => {
    const item = estimate.get(line.itemCode);
    // Case matters in units (Мм and мм are different units); only stray spaces are forgiven.
    if (!item || item.unit.trim() === line.unit.trim()) return [];
    return [
      violation(
        "UNIT_MISMATCH",
        { item: item.code, itemName: item.name, unit: item.unit, attempted: line.unit },
        `Unit mismatch for item ${itemLabel(item)}: the estimate counts it in ${item.unit}, invoiced in ${line.unit}.`,
        index,
      ),
    ];
  });
}

// ——— invoice as a payment ———

/** Only advances count against the advance limit; exactly the limit passes. */
export function checkAdvanceLimit(invoice: TInvoice, contract: TContract, rules: TPurposeRules): TRuleViolation | null {
  if (invoice.kind !== "advance") return null;
  const attempted = invoiceTotalTiyn(invoice.lines);
  const limit = shareOf(contract.valueTiyn, rules.advanceLimitBp);
  if (contract.advancesPaidTiyn + attempted <= limit) return null;
  return violation(
    "ADVANCE_LIMIT",
    {
      invoice: invoice.number,
      limitBp: String(rules.advanceLimitBp),
      limit: limit.toString(),
      contractValue: contract.valueTiyn.toString(),
      alreadyPaid: contract.advancesPaidTiyn.toString(),
      attempted: attempted.toString(),
    },
    `Advance limit exceeded for invoice ${invoice.number}: advances may reach ${formatBp(rules.advanceLimitBp)} of the contract value ${formatTiynPlain(contract.valueTiyn)}, that is ${formatTiynPlain(limit)}; already paid ${formatTiynPlain(contract.advancesPaidTiyn)}, this invoice ${formatTiynPlain(attempted)}.`,
  );
}

function approvalCounts(invoice: TInvoice) {
  const approvers = new Set(invoice.approvals.map((a) => a.userId));
  const isSelfApproved = approvers.has(invoice.createdByUserId);
  return { isSelfApproved, others: approvers.size - (isSelfApproved ? 1 : 0) };
}

/**
 * At or above the threshold: two distinct approvers, neither the creator. Below it: one approver who is
 * not the creator. Below the threshold an approval given only by the creator is reported as SELF_APPROVAL
 * alone — the approval exists, it is the wrong person's — while above it the missing second approver is
 * a fault of its own and is reported alongside.
 */
export function checkApprovalCount(invoice: TInvoice, rules: TPurposeRules): TRuleViolation | null {
  const amount = invoiceTotalTiyn(invoice.lines);
  const required = approvalsNeeded(amount, rules);
  const needsTwo = required === 2;
  const { isSelfApproved, others } = approvalCounts(invoice);
  if (others >= required || (!needsTwo && isSelfApproved)) return null;

  const needs = needsTwo ? "2 approvals by two different officials other than its creator" : "1 approval by an official other than its creator";
  const why = needsTwo
    ? `${formatTiynPlain(amount)} is at or above the approval threshold ${formatTiynPlain(rules.approvalThresholdTiyn)} and needs ${needs}`
    : `${formatTiynPlain(amount)} is below the approval threshold ${formatTiynPlain(rules.approvalThresholdTiyn)} and needs ${needs}`;
  return violation(
    "SECOND_APPROVAL_MISSING",
    {
      invoice: invoice.number,
      threshold: rules.approvalThresholdTiyn.toString(),
      amount: amount.toString(),
      required: String(required),
      have: String(others),
    },
    `${needsTwo ? "Second approval" : "Approval"} missing for invoice ${invoice.number}: ${why}; it has ${others}.`,
  );
}

/** How many approvals, by people other than the invoice's creator, an invoice of this total needs before it is paid. */
export function approvalsNeeded(totalTiyn: bigint, rules: Pick<TPurposeRules, "approvalThresholdTiyn">): 1 | 2 {
  return totalTiyn >= rules.approvalThresholdTiyn ? 2 : 1;
}

/**
 * The creator's approval does not count: the one rule behind refusing an approval as it is given (the approval
 * queue, lib/ledger/invoice-approval.ts) and behind judging the approvals a payment has (checkInvoicePayment).
 */
export function checkSelfApproval(invoice: Pick<TInvoice, "number" | "createdByUserId" | "approvals">): TRuleViolation | null {
  if (!invoice.approvals.some((a) => a.userId === invoice.createdByUserId)) return null;
  return violation(
    "SELF_APPROVAL",
    { invoice: invoice.number, user: String(invoice.createdByUserId) },
    `Self-approval of invoice ${invoice.number}: user ${invoice.createdByUserId} created it and approved it; the creator's approval does not count.`,
  );
}

const present = (v: TRuleViolation | null): v is TRuleViolation => v !== null;

/** Every violation of an invoice payment, in a fixed order: the colour, the payer, the document, the payee, the lines, the payment. */
export function checkInvoicePayment(attempt: TInvoicePaymentAttempt): TRuleViolation[] {
  const { now, colour, payer, payee, invoice, estimate, contract } = attempt;
  const { lines } = invoice;

  // Each per-line rule scans every line; a stable sort by line index turns rule-major into line-major
  // order while keeping the rule order within a line.
  const lineViolations = [
    ...checkItemsInEstimate(lines, estimate),
    ...checkItemsAllowed(lines, estimate, colour),
    ...checkLineAmountsPositive(lines, estimate),
    ...checkUnitPriceCeilings(lines, estimate, contract.ceilingTier),
    ...checkQuantitiesWithinEstimate(lines, estimate),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

  return [
    checkColourClosed(colour),
    checkColourExpired(colour, now),
    checkColourFrozen(colour),
    checkAccountFrozen(colour, payer),
    checkDuplicateInvoice(invoice),
    checkEmptyInvoice(invoice),
    checkPayeeRegistered(payee),
    checkPayeeNotDebarred(payee),
    checkPayeeInChain(payee, colour),
    ...lineViolations,
    checkAdvanceLimit(invoice, contract, colour.rules),
    checkBalance(colour, payer.balanceTiyn, invoiceTotalTiyn(lines)),
    checkApprovalCount(invoice, colour.rules),
    checkSelfApproval(invoice),
  ].filter(present);
}

// ——— leaving the circuit ———

const EXIT_LABEL: Record<TExitKind, string> = { wages: "Wages", taxes: "Taxes" };

export function checkExitAmountPositive(kind: TExitKind, amountTiyn: bigint): TRuleViolation | null {
  if (amountTiyn > 0n) return null;
  return violation(
    "NON_POSITIVE_AMOUNT",
    { subject: kind, exit: kind, attempted: amountTiyn.toString() },
    `Non-positive amount for the ${kind} exit: it must be greater than zero; attempted ${formatTiynPlain(amountTiyn)}.`,
  );
}

export function checkExitAllowed(colour: TColourState, kind: TExitKind, amountTiyn: bigint): TRuleViolation | null {
  if (colour.rules.exits[kind].allowed) return null;
  return violation(
    "EXIT_NOT_ALLOWED",
    { colour: String(colour.id), exit: kind, attempted: amountTiyn.toString() },
    `Exit not allowed: colour ${colour.id} may not leave the circuit as ${kind}; attempted ${formatTiynPlain(amountTiyn)}.`,
  );
}

/** The share is of what the payer received in this colour; exactly the share passes. */
export function checkExitShare(colour: TColourState, payer: TExitAttempt["payer"], kind: TExitKind, amountTiyn: bigint): TRuleViolation | null {
  const { maxShareBp } = colour.rules.exits[kind];
  const limit = shareOf(payer.receivedTiyn, maxShareBp);
  const alreadyExited = payer.exitedTiyn[kind];
  if (alreadyExited + amountTiyn <= limit) return null;
  return violation(
    "EXIT_SHARE_EXCEEDED",
    {
      colour: String(colour.id),
      exit: kind,
      limitBp: String(maxShareBp),
      limit: limit.toString(),
      received: payer.receivedTiyn.toString(),
      alreadyExited: alreadyExited.toString(),
      attempted: amountTiyn.toString(),
    },
    `${EXIT_LABEL[kind]} share exceeded in colour ${colour.id}: at most ${formatBp(maxShareBp)} of the ${formatTiynPlain(payer.receivedTiyn)} received, that is ${formatTiynPlain(limit)}; already paid ${formatTiynPlain(alreadyExited)}, this payment ${formatTiynPlain(amountTiyn)}.`,
  );
}

/** Every violation of a wages or taxes exit. The share is only judged when the exit is allowed at all. */
export function checkExit(attempt: TExitAttempt): TRuleViolation[] {
  const { now, colour, payer, kind, amountTiyn } = attempt;
  const notAllowed = checkExitAllowed(colour, kind, amountTiyn);
  return [
    checkColourClosed(colour),
    checkColourExpired(colour, now),
    checkColourFrozen(colour),
    checkAccountFrozen(colour, payer),
    checkExitAmountPositive(kind, amountTiyn),
    notAllowed,
    notAllowed ? null : checkExitShare(colour, payer, kind, amountTiyn),
    checkBalance(colour, payer.balanceTiyn, amountTiyn),
  ].filter(present);
}
