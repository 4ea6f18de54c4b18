import { DomainError } from "../errors";
import type { TRuleViolation } from "../rules/types";

/** The database's own refusal from ledger_post(): 'LEDGER_REFUSED {"code": ..., ...}'. */
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

/** Finds the JSON object after LEDGER_REFUSED in any error text Prisma or the driver produced. */
export function ledgerRefusalFrom(error: unknown): LedgerRefusal | null {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  const collect = (e: unknown) => {
    if (!e || seen.has(e)) return;
    seen.add(e);
    if (typeof e === "string") texts.push(e);
    else if (typeof e === "object") {
      const o = e as Record<string, unknown>;
      for (const k of ["message", "originalMessage"]) if (typeof o[k] === "string") texts.push(o[k] as string);
      collect(o.cause);
      collect(o.meta);
    }
  };
  collect(error);
  for (const text of texts) {
    const at = text.indexOf("LEDGER_REFUSED {");
    if (at === -1) continue;
    const start = at + "LEDGER_REFUSED ".length;
    let depth = 0;
    let inString = false;
    for (let i = start; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) {
        try {
          const { code, ...rest } = JSON.parse(text.slice(start, i + 1)) as Record<string, unknown>;
          return new LedgerRefusal(String(code), Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])));
        } catch {
          return null;
        }
      }
    }
  }
  return null;
}
