// Integer arithmetic for invoice lines and rule limits. Everything stays bigint so that the rules and the
// ledger compute the same tiyn from the same inputs, byte for byte.
import { tiynToDecimalString } from "@/lib/money";
import type { TBasisPoints, TInvoiceLine, TQuantityMilli } from "./types";

/** Floor division: bigint `/` truncates toward zero, which would round negative values the wrong way. */
function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n !== denominator < 0n ? quotient - 1n : quotient;
}

/**
 * Quantity (thousandths of a unit) × unit price, rounded half up to whole tiyn. For non-negative inputs
 * this is exactly `(q * p + 500n) / 1000n`; floor division keeps "half up" true for negative products too.
 */
export function lineAmountTiyn(quantityMilli: TQuantityMilli, unitPriceTiyn: bigint): bigint {
  return floorDiv(quantityMilli * unitPriceTiyn + 500n, 1000n);
}

/** Rounds per line, then sums: the invoice total is the sum of what its lines show. */
export function invoiceTotalTiyn(lines: readonly TInvoiceLine[]): bigint {
  return lines.reduce((sum, line) => sum + lineAmountTiyn(line.quantityMilli, line.unitPriceTiyn), 0n);
}

/** The floor of `amount × bp / 10000`: a limit never rounds up in the payer's favour. */
export function shareOf(amount: bigint, bp: TBasisPoints): bigint {
  // BigInt() of a fractional number throws an unhelpful error; a fractional share is a data bug.
  if (!Number.isSafeInteger(bp)) throw new RangeError(`Basis points must be an integer, got ${bp}`);
  return floorDiv(amount * BigInt(bp), 10000n);
}

/** "1500" → "1.5", "2000" → "2", "1234" → "1.234": quantities in messages, in the estimate's own unit. */
export function formatQuantityMilli(quantityMilli: TQuantityMilli): string {
  const negative = quantityMilli < 0n;
  const abs = negative ? -quantityMilli : quantityMilli;
  const fraction = (abs % 1000n).toString().padStart(3, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${abs / 1000n}${fraction === "" ? "" : `.${fraction}`}`;
}

/** "1234567.89 KZT": unambiguous in logs, the CLI and the journal, whatever the reader's locale. */
export function formatTiynPlain(tiyn: bigint): string {
  return `${tiynToDecimalString(tiyn)} KZT`;
}
