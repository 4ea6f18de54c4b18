// Unified budget classification: "GG S AAA PPP SSS" — functional group (2 digits), subgroup (1),
// budget programme administrator (3), programme (3), subprogramme (3); economic specifics separately (3).
export const BUDGET_CODE = /^(\d{2}) (\d) (\d{3}) (\d{3}) (\d{3})$/;

/** Accepts the code typed with any spacing ("049467037015", "04 9 467 037 015") and returns the canonical form. */
export function normalizeBudgetCode(input: string): string | null {
  const digits = input.replace(/[\s.\-/]/g, "");
  if (!/^\d{12}$/.test(digits)) return null;
  const code = `${digits.slice(0, 2)} ${digits.slice(2, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9, 12)}`;
  const group = Number(digits.slice(0, 2));
  // Functional groups run 01–16 (16 is loan repayment, in the financing part).
  if (group < 1 || group > 16) return null;
  return code;
}

/** "04 9 467 037 015 / 431": how budget documents show a line. */
export const displayBudgetCode = (code: string, specifics: string) => `${code} / ${specifics}`;
