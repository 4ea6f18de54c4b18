// The flag kinds: ids, severities, which thresholds each uses. Their definitions in words live in the i18n
// catalogue (flags.kinds.<id>), so they are shown in the reader's language next to these numbers.
import type { TFlagConfig } from "./config";

export const FLAG_KINDS = [
  "pass_through",
  "round_trip",
  "split_invoices",
  "markup",
  "unit_price_outlier",
  "new_company",
  "concentration",
  "rush_before_expiry",
  "duplicate_invoice",
  "debarred_party",
  "refused_attempts",
  "approval_same_person",
  "approval_out_of_hours",
  "approval_fast",
] as const;
export type TFlagKind = (typeof FLAG_KINDS)[number];

export const SEVERITIES = ["low", "medium", "high"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

/** Which config section holds each kind's thresholds. */
export const KIND_CONFIG: Record<TFlagKind, keyof TFlagConfig> = {
  pass_through: "passThrough",
  round_trip: "roundTrip",
  split_invoices: "splitInvoices",
  markup: "markup",
  unit_price_outlier: "unitPriceOutlier",
  new_company: "newCompany",
  concentration: "concentration",
  rush_before_expiry: "rushBeforeExpiry",
  duplicate_invoice: "duplicateInvoice",
  debarred_party: "newCompany",
  refused_attempts: "refusedAttempts",
  approval_same_person: "approvalFast",
  approval_out_of_hours: "approvalOutOfHours",
  approval_fast: "approvalFast",
};

/** The severities a kind can carry (some rise with how far past the threshold the pattern is). */
export const KIND_SEVERITIES: Record<TFlagKind, readonly TSeverity[]> = {
  pass_through: ["high"],
  round_trip: ["high"],
  split_invoices: ["medium"],
  markup: ["medium"],
  unit_price_outlier: ["low", "medium"],
  new_company: ["medium"],
  concentration: ["medium"],
  rush_before_expiry: ["medium"],
  duplicate_invoice: ["high"],
  debarred_party: ["high"],
  refused_attempts: ["low", "medium"],
  approval_same_person: ["high"],
  approval_out_of_hours: ["low"],
  approval_fast: ["low"],
};

/** Kinds whose definition uses no threshold (the config section above is then not shown). */
export const KINDS_WITHOUT_THRESHOLDS: readonly TFlagKind[] = ["debarred_party", "approval_same_person"];

export const isFlagKind = (v: unknown): v is TFlagKind => typeof v === "string" && (FLAG_KINDS as readonly string[]).includes(v);
export const isSeverity = (v: unknown): v is TSeverity => typeof v === "string" && (SEVERITIES as readonly string[]).includes(v);
