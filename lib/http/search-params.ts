/** A page's query string as Next hands it over: a repeated parameter arrives as an array. */
export type TRawSearch = Record<string, string | string[] | undefined>;
export type TSearch = Record<string, string | undefined>;

/**
 * The one reading of a page's query string: each parameter's first value. `?q=a&q=b` gave pages an array
 * where they expected a string (17 list pages crashed on `.trim()` and friends); a NUL byte, which
 * PostgreSQL refuses in text, is dropped here so that no filter carries one into a query.
 */
export function firstParams(raw: TRawSearch | URLSearchParams): TSearch {
  const out: TSearch = {};
  if (raw instanceof URLSearchParams) {
    for (const key of new Set(raw.keys())) out[key] = clean(raw.get(key) ?? undefined);
    return out;
  }
  for (const [key, value] of Object.entries(raw)) out[key] = clean(Array.isArray(value) ? value[0] : value);
  return out;
}

const clean = (value: string | undefined) => (value === undefined ? undefined : value.replaceAll("\u0000", ""));
