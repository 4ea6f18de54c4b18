// Rule violations in the reader's words: the templates of messages.ts with amounts and quantities formatted
// (params carry raw tiyn and thousandths so that each reader gets their own formatting).
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "./amounts";
import { renderRuleMessage } from "./messages";
import type { TRuleCode, TRuleViolation } from "./types";

const QUANTITY_PARAMS: Partial<Record<TRuleCode, readonly string[]>> = { QUANTITY_ABOVE_ESTIMATE: ["estimate", "billed", "attempted", "remaining"] };
const MONEY_PARAMS = ["attempted", "ceiling", "balance", "limit", "alreadyPaid", "contractValue", "amount", "threshold", "received", "alreadyExited"];

export function formatRuleParams(code: TRuleCode, params: Record<string, string>): Record<string, string> {
  const quantities = QUANTITY_PARAMS[code] ?? [];
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (!/^-?\d+$/.test(v)) return [k, v];
      if (quantities.includes(k)) return [k, formatQuantityMilli(BigInt(v))];
      if (MONEY_PARAMS.includes(k) && code !== "UNIT_MISMATCH") return [k, formatTiyn(BigInt(v))];
      return [k, v];
    }),
  );
}

export function describeViolation(v: Pick<TRuleViolation, "code" | "params">, locale: "en" | "ru" | "kk"): string {
  return renderRuleMessage(v.code, locale === "kk" ? "ru" : locale, formatRuleParams(v.code, v.params));
}
