// The only place that parses and formats money. Amounts are bigint tiyn (1 tenge = 100 tiyn) end to end.
// Display follows the Kazakh/Russian convention in every UI language: "1 234 567,89 ₸" with no-break spaces.

const NBSP = "\u00A0";

export function formatTiyn(tiyn: bigint, { sign = false, currency = true }: { sign?: boolean; currency?: boolean } = {}): string {
  const negative = tiyn < 0n;
  const abs = negative ? -tiyn : tiyn;
  const tenge = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const cents = (abs % 100n).toString().padStart(2, "0");
  const prefix = negative ? "−" : sign && tiyn > 0n ? "+" : "";
  return `${prefix}${tenge},${cents}${currency ? `${NBSP}₸` : ""}`;
}

/** Whole tenge, no tiyn: for charts and summaries where kopecks are noise. */
export function formatTengeShort(tiyn: bigint): string {
  const abs = tiyn < 0n ? -tiyn : tiyn;
  const tenge = ((abs + 50n) / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return `${tiyn < 0n ? "−" : ""}${tenge}${NBSP}₸`;
}

export type TParsedMoney = { ok: true; tiyn: bigint } | { ok: false; reason: "empty" | "format" | "precision" | "negative" | "too_large" };

const MAX_TIYN = 10n ** 17n; // 1 quadrillion tenge: well above any budget, well inside bigint columns

/**
 * Reads an amount typed by a person: "1 234 567,89", "1234567.89", "1 234 567 ₸". Spaces (also no-break)
 * group digits; one comma or dot separates at most two decimals.
 */
export function parseTenge(input: string): TParsedMoney {
  const cleaned = input.replace(/[\s\u00A0\u202F]/g, "").replace(/₸|KZT|тг\.?$/gi, "");
  if (cleaned === "") return { ok: false, reason: "empty" };
  if (cleaned.startsWith("-") || cleaned.startsWith("−")) return { ok: false, reason: "negative" };
  const m = /^(\d+)(?:[.,](\d*))?$/.exec(cleaned);
  if (!m) return { ok: false, reason: "format" };
  const decimals = m[2] ?? "";
  if (decimals.length > 2) return { ok: false, reason: "precision" };
  const tiyn = BigInt(m[1]!) * 100n + BigInt(decimals.padEnd(2, "0") || "0");
  if (tiyn > MAX_TIYN) return { ok: false, reason: "too_large" };
  return { ok: true, tiyn };
}

/** A plain-number rendering for inputs and CSV: "1234567.89". */
export function tiynToDecimalString(tiyn: bigint): string {
  const negative = tiyn < 0n;
  const abs = negative ? -tiyn : tiyn;
  return `${negative ? "-" : ""}${abs / 100n}.${(abs % 100n).toString().padStart(2, "0")}`;
}

/** Share of part in whole as a percentage with one decimal, computed in integers. */
export function percent(part: bigint, whole: bigint): string {
  if (whole === 0n) return `0,0${NBSP}%`;
  const tenths = (part * 1000n) / whole;
  return `${tenths / 10n},${(tenths < 0n ? -tenths : tenths) % 10n}${NBSP}%`;
}
