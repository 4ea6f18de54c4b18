// The plain data that purpose rules judge. No Prisma, no Next: the ledger loads these inside the
// database transaction and the same functions run again there (STYLE.md rule 3).

/** Quantities are integer thousandths of the estimate item's unit (1.5 m3 = 1500). */
export type TQuantityMilli = bigint;

/** Basis points: 10000 = 100 %, 3000 = 30 %. */
export type TBasisPoints = number;

export type TExitKind = "wages" | "taxes";

/** The purpose rules a colour carries (one version of them). */
export type TPurposeRules = {
  version: number;
  /** Estimate item codes this colour may pay for; "all" = every item of the project's estimate. */
  allowedItemCodes: readonly string[] | "all";
  expiresAt: Date;
  /** Advances (payments before work is accepted) may reach at most this share of the contract value. */
  advanceLimitBp: TBasisPoints;
  /** Invoices of this amount or more need a second, different approver. */
  approvalThresholdTiyn: bigint;
  /** Which exits are allowed and up to what share of what the company received in this colour. */
  exits: Record<TExitKind, { allowed: boolean; maxShareBp: TBasisPoints }>;
};

export type TColourState = {
  id: number;
  /** Set by an investigator; frozen money cannot move. */
  isFrozen: boolean;
  /** Returned to the treasury or otherwise closed: nothing moves any more. */
  isClosed: boolean;
  rules: TPurposeRules;
};

export type TEstimateItemState = {
  code: string;
  name: string;
  unit: string;
  quantityMilli: TQuantityMilli;
  ceilingUnitPriceTiyn: bigint;
  /** Quantity already billed for this item in this contract, by invoices other than this one. */
  billedMilli: TQuantityMilli;
};

export type TInvoiceLine = {
  itemCode: string;
  quantityMilli: TQuantityMilli;
  unitPriceTiyn: bigint;
};

export type TPayeeState = {
  organizationId: number;
  name: string;
  isRegistered: boolean;
  isDebarred: boolean;
  /** Has a contract or subcontract in this colour's chain. */
  isInContractChain: boolean;
};

export type TApproval = { userId: number };

/** Everything a payment of an invoice is judged on. */
export type TInvoicePaymentAttempt = {
  now: Date;
  colour: TColourState;
  /** The payer's account in this colour. */
  payer: { balanceTiyn: bigint; isFrozen: boolean };
  payee: TPayeeState;
  invoice: {
    id: number;
    number: string;
    kind: "work" | "advance";
    lines: readonly TInvoiceLine[];
    createdByUserId: number;
    approvals: readonly TApproval[];
    /** This invoice (same company, same number) was already paid. */
    isAlreadyPaid: boolean;
  };
  /** The estimate items of the contract, by code. Items missing here are not in the estimate. */
  estimate: ReadonlyMap<string, TEstimateItemState>;
  /**
   * `ceilingTier`: whose ceiling the unit prices are held to — "estimate" under a general contract (the ceilings
   * the ministry set from the estimate), "contract" under a subcontract (the paying contractor's own contract).
   * Absent means "estimate".
   */
  contract: { valueTiyn: bigint; advancesPaidTiyn: bigint; ceilingTier?: TCeilingTier };
};

/** The tier whose unit-price ceiling applies: the estimate's (general contracts) or a contract's (subcontracts). */
export type TCeilingTier = "estimate" | "contract";

/** A payment leaving the circuit as wages or taxes. */
export type TExitAttempt = {
  now: Date;
  colour: TColourState;
  payer: { balanceTiyn: bigint; isFrozen: boolean; receivedTiyn: bigint; exitedTiyn: Record<TExitKind, bigint> };
  kind: TExitKind;
  amountTiyn: bigint;
};

export type TRuleCode =
  | "COLOUR_EXPIRED"
  | "COLOUR_FROZEN"
  | "COLOUR_CLOSED"
  | "ACCOUNT_FROZEN"
  | "INSUFFICIENT_BALANCE"
  | "PAYEE_NOT_REGISTERED"
  | "PAYEE_DEBARRED"
  | "PAYEE_OUTSIDE_CHAIN"
  | "ITEM_NOT_IN_ESTIMATE"
  | "ITEM_NOT_ALLOWED"
  | "UNIT_MISMATCH"
  | "QUANTITY_ABOVE_ESTIMATE"
  | "PRICE_ABOVE_CEILING"
  | "UNIT_PRICE_ABOVE_CONTRACT"
  | "ADVANCE_LIMIT"
  | "SECOND_APPROVAL_MISSING"
  | "SELF_APPROVAL"
  | "EXIT_NOT_ALLOWED"
  | "EXIT_SHARE_EXCEEDED"
  | "DUPLICATE_INVOICE"
  | "EMPTY_INVOICE"
  | "NON_POSITIVE_AMOUNT";

/**
 * Why a rule refused. `params` name the rule's subject (item code and name), the limit and the attempted
 * value, as strings (bigint amounts in tiyn, quantities in thousandths), so that the UI can render them
 * in the reader's language; `message` is the English rendering for logs, CLI output and the journal.
 */
export type TRuleViolation = {
  code: TRuleCode;
  /** Index of the invoice line concerned, when the rule is about one line. */
  line?: number;
  params: Record<string, string>;
  message: string;
};
