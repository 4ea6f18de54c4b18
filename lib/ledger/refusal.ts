import { DomainError } from "../errors";
import type { TRuleViolation } from "../rules/types";

/** The database's own refusal from ledger_post() or invoice_pay(): a code and its facts (ledgerRefusalFrom). */
export class LedgerRefusal extends DomainError {
  constructor(code: string, params: Record<string, string>) {
    super(code, params, `ledger refused: ${code} ${JSON.stringify(params)}`);
    this.name = "LedgerRefusal";
  }
}

/** One or more purpose rules refused a payment: nothing was posted. */
export class RuleRefusal extends DomainError {
  constructor(public readonly violations: readonly TRuleViolation[]) {
    super(violations[0]?.code ?? "REFUSED", violations[0]?.params ?? {}, violations.map((v) => v.message).join(" "));
    this.name = "RuleRefusal";
  }
}

/**
 * The ledger's refusals as the SQL raises them (prisma/sql/functions/ledger_post.sql, invoice_pay.sql): one SQLSTATE
 * of class LR per meaning, the facts as a JSON object in the error's DETAIL (docs/DEVELOPING.md, decision 0082).
 */
export const LEDGER_REFUSAL_SQLSTATES: Readonly<Record<string, string>> = {
  LR001: "NON_POSITIVE_AMOUNT",
  LR002: "IDEMPOTENCY_KEY_REUSED",
  LR003: "COLOUR_NOT_FOUND",
  LR004: "COLOUR_FROZEN",
  LR005: "COLOUR_CLOSED",
  LR006: "ACCOUNT_NOT_FOUND",
  LR007: "COLOUR_MISMATCH",
  LR008: "ACCOUNT_FROZEN",
  LR009: "EXIT_IS_FINAL",
  LR010: "MINT_ONLY_FROM_ISSUANCE",
  LR011: "INSUFFICIENT_BALANCE",
  LR012: "INVOICE_NOT_PAYABLE",
};

/**
 * The SQLSTATE and DETAIL of a database error, wherever they surface: the `pg` driver's own error (code, detail,
 * severity), or Prisma's with the pg adapter (meta.driverAdapterError.cause: originalCode, detail).
 */
export function databaseErrorOf(error: unknown): { sqlstate: string; detail: string | undefined } | null {
  const seen = new Set<unknown>();
  const visit = (e: unknown): { sqlstate: string; detail: string | undefined } | null => {
    if (!e || typeof e !== "object" || seen.has(e)) return null;
    seen.add(e);
    const o = e as Record<string, unknown>;
    const detail = typeof o.detail === "string" ? o.detail : undefined;
    if (typeof o.originalCode === "string") return { sqlstate: o.originalCode, detail };
    if (typeof o.code === "string" && typeof o.severity === "string") return { sqlstate: o.code, detail };
    const meta = o.meta as Record<string, unknown> | undefined;
    return visit(o.cause) ?? visit(meta?.driverAdapterError) ?? visit(meta);
  };
  return visit(error);
}

/** The ledger's refusal carried by a database error (its SQLSTATE and DETAIL), or null for any other error. */
export function ledgerRefusalFrom(error: unknown): LedgerRefusal | null {
  const found = databaseErrorOf(error);
  const code = found && Object.hasOwn(LEDGER_REFUSAL_SQLSTATES, found.sqlstate) ? LEDGER_REFUSAL_SQLSTATES[found.sqlstate]! : null;
  if (!code) return null;
  let facts: unknown = {};
  try {
    facts = JSON.parse(found!.detail ?? "{}");
  } catch {
    // The code alone still says what was refused.
  }
  const params = facts && typeof facts === "object" ? Object.entries(facts as Record<string, unknown>).map(([k, v]) => [k, String(v)]) : [];
  return new LedgerRefusal(code, Object.fromEntries(params));
}
