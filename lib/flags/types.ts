import type { TFlagKind, TSeverity } from "./kinds";

/** The ids that triggered a flag; transfer ids are strings (bigint in the database). */
export type TEvidence = { transfers: string[]; invoices: number[]; contracts: number[]; companies: number[]; persons: number[]; users: number[] };

export type TFinding = {
  key: string;
  kind: TFlagKind;
  subjectType: "company" | "invoice" | "colour" | "invoice_line" | "contract_item";
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
  return {
    transfers: [...new Set(e.transfers ?? [])].sort((x, y) => (BigInt(x) < BigInt(y) ? -1 : BigInt(x) > BigInt(y) ? 1 : 0)),
    invoices: nums(e.invoices),
    contracts: nums(e.contracts),
    companies: nums(e.companies),
    persons: nums(e.persons),
    users: nums(e.users),
  };
}
