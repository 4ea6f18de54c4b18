// What a search box typed into the registry means. Pure: the SQL that uses it is in list-companies.ts.

export type TCompanyQuery =
  | { kind: "bin"; bin: string }
  | { kind: "binPrefix"; prefix: string }
  | { kind: "words"; tsquery: string }
  | null;

/**
 * Twelve digits are a BIN; fewer digits (spaces allowed) the start of one; anything else is name words,
 * each matched as a word prefix in the English or Russian name. Words keep only letters and digits, so the
 * text handed to to_tsquery can never be tsquery syntax.
 */
export function parseCompanyQuery(q: string | null | undefined): TCompanyQuery {
  const text = (q ?? "").trim();
  if (!text) return null;
  if (/^[\d\s]+$/.test(text)) {
    const digits = text.replace(/\s/g, "");
    return digits.length >= 12 ? { kind: "bin", bin: digits.slice(0, 12) } : { kind: "binPrefix", prefix: digits };
  }
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  if (words.length === 0) return null;
  return { kind: "words", tsquery: words.map((w) => `${w}:*`).join(" & ") };
}

/** The indexed expression of organization_company_name_search_idx (baseline migration), for a table aliased `alias`. */
export const nameSearchVector = (alias: string) => `to_tsvector('simple'::regconfig, coalesce(${alias}.name, '') || ' ' || coalesce(${alias}.name_ru, ''))`;
