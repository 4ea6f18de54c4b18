// The only place that formats quantities for people, beside lib/money.ts for money. Quantities are kept as
// bigint thousandths of the estimate item's unit (1,5 м3 = 1500); a decimal string or a number also formats.
// Every reader gets "48 000,5" (no-break space groups, decimal comma), the Kazakh/Russian convention money.ts
// uses in every UI language (decision 0251), so amounts and quantities on one page agree. Machine exports (CSV and JSON for programs) keep plain "48000.5" and never come here.
import type { TLocale } from "./i18n";
import { unitLabel } from "./unit-label";

const NBSP = "\u00A0";
const MINUS = "−";

/** Digits after the separator that a quantity may have: the house's unit precision (thousandths). */
export const QUANTITY_DECIMALS = 3;

// One convention for every language (decision 0251): the locale only chooses the unit's label.
const SEPARATORS: Record<TLocale, { group: string; decimal: string }> = {
  en: { group: NBSP, decimal: "," },
  ru: { group: NBSP, decimal: "," },
  kk: { group: NBSP, decimal: "," },
};

/** Groups and separates digits for the reader; trailing zeros of the fraction go ("1,500" → "1,5"). */
function render(negative: boolean, whole: string, fraction: string, locale: TLocale): string {
  const { group, decimal } = SEPARATORS[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = fraction.replace(/0+$/, "");
  const isZero = /^0*$/.test(whole) && frac === "";
  return `${negative && !isZero ? MINUS : ""}${grouped}${frac ? `${decimal}${frac}` : ""}`;
}

/**
 * A quantity's unit after its number, in the reader's language: "350 шт" (ru), "350 дана" (kk), "350 pcs" (en), and
 * "350 × 1000 шт" where the unit itself starts with a number.
 */
export function withUnit(number: string, unit: string | null | undefined, locale: TLocale): string {
  if (!unit) return number;
  const label = unitLabel(unit, locale);
  return /^\d/.test(label) ? `${number} × ${label}` : `${number}${NBSP}${label}`;
}

/** Thousandths of a unit (as stored) for reading: 1450500n → "1 450,5" in every language. */
export function formatQuantityMilli(quantityMilli: bigint, locale: TLocale, unit?: string | null): string {
  const negative = quantityMilli < 0n;
  const abs = negative ? -quantityMilli : quantityMilli;
  const fraction = (abs % 1000n).toString().padStart(QUANTITY_DECIMALS, "0");
  return withUnit(render(negative, (abs / 1000n).toString(), fraction, locale), unit, locale);
}

/**
 * A decimal string ("0.1", "48000", "12,5"), a number or a whole bigint (a count), rounded half up to
 * `decimals` digits, for reading.
 * Anything that is not a plain decimal comes back unchanged rather than as a wrong number.
 */
export function formatQuantity(value: string | number | bigint, locale: TLocale, unit?: string | null, decimals = QUANTITY_DECIMALS): string {
  const text =
    typeof value === "number" ? (Number.isFinite(value) ? value.toFixed(Math.min(decimals, 20)) : String(value)) : typeof value === "bigint" ? value.toString() : value.trim();
  const m = /^([-−]?)(\d+)(?:[.,](\d*))?$/.exec(text);
  if (!m) return withUnit(text, unit, locale);
  const [, sign = "", whole = "0", fraction = ""] = m;
  const scale = 10n ** BigInt(decimals);
  let scaled = BigInt(whole) * scale + BigInt(fraction.slice(0, decimals).padEnd(decimals, "0") || "0");
  if ((fraction[decimals] ?? "0") >= "5") scaled += 1n;
  const digits = (scaled % scale).toString().padStart(decimals, "0");
  return withUnit(render(sign !== "", (scaled / scale).toString(), decimals > 0 ? digits : "", locale), unit, locale);
}

/** A file's size in whole kilobytes for the catalogue's "{size, number} KB": rounded up, never 0 for a file that has bytes. */
export const kilobytes = (bytes: number): number => (bytes <= 0 ? 0 : Math.ceil(bytes / 1024));
