// Rule violations in the reader's words: the catalogue's `rules.<code>` sentences (messages.ts) with amounts,
// quantities and dates formatted (params carry raw tiyn, thousandths and ISO dates so that each reader gets
// their own formatting). Shares (…Bp params, basis points) are printed in per cent, as the forms take them.
import { formatDate, formatDateTime } from "../dates";
import type { TLocale } from ".";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../quantity";
import { renderRuleMessage } from "./rule-messages";
import type { TRuleViolation } from "../rules/types";
import { unitLabel } from "../unit-label";

// Quantities are printed with their unit ("350 × 1000 шт"), so the sentences carry no `{unit}` after them.
const QUANTITY_PARAMS: Partial<Record<string, readonly string[]>> = { QUANTITY_ABOVE_ESTIMATE: ["estimate", "billed", "attempted", "remaining"] };
const MONEY_PARAMS = ["attempted", "ceiling", "balance", "limit", "alreadyPaid", "contractValue", "amount", "threshold", "received", "alreadyExited"];

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date parameter as the reader sees dates everywhere (lib/dates.ts, Asia/Almaty): an instant
 * ("2026-01-31T18:59:59.000Z", as the rules and the database write them) as "31.01.2026 23:59" — the
 * time matters for deadlines and attempts — and a calendar day ("2026-01-31") as "31.01.2026", unshifted.
 * Anything else is returned as it is.
 */
export function formatDateParam(value: string): string {
  if (ISO_INSTANT.test(value)) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? value : formatDateTime(d);
  }
  const day = ISO_DAY.exec(value);
  if (day) {
    const d = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
    return Number.isNaN(d.getTime()) ? value : formatDate(d);
  }
  return value;
}

/**
 * A share kept in basis points ("2500", as the rules store it) as the per cent a reader types into the forms:
 * "25 %" (a no-break space before the sign), with the reader's decimal mark ("12,5 %" in ru/kk, "12.5 %" in en).
 */
export function formatPercentBp(bp: number, locale: TLocale): string {
  return `${(bp / 100).toLocaleString(locale === "en" ? "en-US" : "ru-RU", { maximumFractionDigits: 2 })}\u00A0%`;
}

export function formatRuleParams(code: string, params: Record<string, string>, locale: TLocale = "ru"): Record<string, string> {
  const quantities = QUANTITY_PARAMS[code] ?? [];
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (k === "unit") return [k, unitLabel(v, locale)];
      if (!/^-?\d+$/.test(v)) return [k, formatDateParam(v)];
      if (k.endsWith("Bp")) return [k, formatPercentBp(Number(v), locale)];
      if (quantities.includes(k)) return [k, formatQuantityMilli(BigInt(v), locale, params.unit)];
      if (MONEY_PARAMS.includes(k) && code !== "UNIT_MISMATCH") return [k, formatTiyn(BigInt(v))];
      return [k, v];
    }),
  );
}

export function describeViolation(v: Pick<TRuleViolation, "code" | "params">, locale: TLocale): string {
  return renderRuleMessage(v.code, locale, formatRuleParams(v.code, v.params, locale));
}
