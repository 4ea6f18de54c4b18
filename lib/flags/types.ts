import type { TFlagKind, TSeverity } from "./kinds";

/**
 * The ids that triggered a flag; transfer ids are strings (bigint in the database). School-meal flags (decision 0205)
 * add the schools, the meals (meal_record ids) and the refused scans (refused_scan ids) they are about; other kinds
 * leave them out, so their stored evidence is unchanged.
 */
export type TEvidence = {
  transfers: string[];
  invoices: number[];
  contracts: number[];
  companies: number[];
  persons: number[];
  users: number[];
  schools?: number[];
  meals?: string[];
  scans?: string[];
};

export type TFinding = {
  key: string;
  kind: TFlagKind;
  subjectType: "company" | "invoice" | "colour" | "invoice_line" | "contract_item" | "school" | "meal_device" | "pupil" | "canteen_contract";
  subjectId: string;
  colourId: number;
  projectId: number;
  companyId: number | null;
  region: string | null;
  severity: TSeverity;
  score: number;
  evidence: TEvidence;
  facts: Record<string, unknown>;
};

export const emptyEvidence = (): TEvidence => ({ transfers: [], invoices: [], contracts: [], companies: [], persons: [], users: [] });

/** Evidence with duplicates removed and ids sorted, so a recompute writes the same JSON. */
export function evidenceOf(e: Partial<TEvidence>): TEvidence {
  const nums = (a?: number[]) => [...new Set(a ?? [])].sort((x, y) => x - y);
  const bigs = (a?: string[]) => [...new Set(a ?? [])].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : BigInt(x) > BigInt(y) ? 1 : 0));
  return {
    transfers: bigs(e.transfers),
    invoices: nums(e.invoices),
    contracts: nums(e.contracts),
    companies: nums(e.companies),
    persons: nums(e.persons),
    users: nums(e.users),
    ...(e.schools?.length ? { schools: nums(e.schools) } : {}),
    ...(e.meals?.length ? { meals: bigs(e.meals) } : {}),
    ...(e.scans?.length ? { scans: bigs(e.scans) } : {}),
  };
}
