// What an estimate item's code, category and unit may look like (shared/reference/kazakhstan.md §3): one check for
// the CSV import, the single-item forms, the estimate change and the import bundle. Pure.
import { canonicalUnit, unitSpellingFor } from "./units";

/** ЕНС ТРУ: 6 digits of the КПВЭД class, 3 of refinement, a 6-digit serial, e.g. 236310.100.000003. */
export const ENS_TRU = /^\d{6}\.\d{3}\.\d{6}$/;
/** The estimate's own line code: starts with a letter, then letters, digits and . - / _ (A-1, П-01, NEW-1). */
export const LINE_CODE = /^\p{L}[\p{L}\d./_-]{0,31}$/u;
/** A КПВЭД/CPA class: division, then up to three levels (23, 23.6, 23.63, 23.63.10, 23.63.10.100 is not). */
export const CPA_CLASS = /^\d{2}(\.\d{1,2}){0,3}$/;

export type TEstimateCheckCode = "BAD_ITEM_CODE" | "BAD_CATEGORY" | "UNKNOWN_UNIT" | "UNIT_SPELLING";

/** An item code is an ЕНС ТРУ code or a line code of the estimate's own; a bare number like 123 is neither. */
export function isItemCode(input: string): boolean {
  const s = input.trim();
  return ENS_TRU.test(s) || LINE_CODE.test(s);
}

export function isCategory(input: string): boolean {
  return CPA_CLASS.test(input.trim());
}

/** The canonical unit, or why not: a Latin look-alike (kg) names the spelling we keep (кг). */
export function checkUnit(input: string): { ok: true; unit: string } | { ok: false; code: "UNKNOWN_UNIT" } | { ok: false; code: "UNIT_SPELLING"; spelling: string } {
  const unit = canonicalUnit(input);
  if (unit) return { ok: true, unit };
  const spelling = unitSpellingFor(input);
  return spelling ? { ok: false, code: "UNIT_SPELLING", spelling } : { ok: false, code: "UNKNOWN_UNIT" };
}
