// Units of measure used in construction estimates (shared/reference/kazakhstan.md §3.2), with the spellings
// people type for them. An estimate item keeps its unit; invoices are compared in the same unit.
export const UNITS: Record<string, readonly string[]> = {
  "м3": ["м3", "м³", "куб.м"],
  "м2": ["м2", "м²", "кв.м"],
  "м": ["м", "п.м"],
  "км": ["км"],
  "т": ["т", "тн", "тонна"],
  "кг": ["кг"],
  "шт": ["шт", "шт."],
  "1000 шт": ["1000 шт", "тыс.шт", "тыс. шт"],
  "л": ["л"],
  "комплект": ["комплект", "компл", "компл."],
  "чел.-ч": ["чел.-ч", "чел-ч", "чел.ч"],
  "маш.-ч": ["маш.-ч", "маш-ч", "маш.ч"],
  "работа": ["работа", "работ"],
  "объект": ["объект"],
  "услуга": ["услуга"],
  "порция": ["порция"],
};

/**
 * Latin look-alikes people type (kg for кг): refused, with the spelling an estimate keeps named in the message,
 * so that one unit is never written two ways in the same estimate (issue 19).
 */
export const LATIN_SPELLINGS: Record<string, string> = {
  m3: "м3", m2: "м2", m: "м", km: "км", t: "т", kg: "кг", pcs: "шт", l: "л", set: "комплект", work: "работа", object: "объект", service: "услуга", portion: "порция", meal: "порция",
};

const LOOKUP = new Map<string, string>();
for (const [unit, spellings] of Object.entries(UNITS)) for (const s of [unit, ...spellings]) LOOKUP.set(s.toLowerCase().replace(/\s+/g, " "), unit);

/** The canonical unit for what was typed, or null when it is not a unit we know. */
export function canonicalUnit(input: string): string | null {
  return LOOKUP.get(input.trim().toLowerCase().replace(/\s+/g, " ")) ?? null;
}

/** The spelling we keep for a Latin look-alike (kg → кг), or null. */
export function unitSpellingFor(input: string): string | null {
  return LATIN_SPELLINGS[input.trim().toLowerCase().replace(/\s+/g, " ")] ?? null;
}
