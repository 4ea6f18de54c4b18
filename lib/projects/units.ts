// Units of measure used in construction estimates (shared/reference/kazakhstan.md §3.2), with the spellings
// people type for them. An estimate item keeps its unit; invoices are compared in the same unit.
export const UNITS: Record<string, readonly string[]> = {
  "м3": ["м3", "м³", "куб.м", "m3"],
  "м2": ["м2", "м²", "кв.м", "m2"],
  "м": ["м", "п.м", "m"],
  "км": ["км", "km"],
  "т": ["т", "тн", "тонна", "t"],
  "кг": ["кг", "kg"],
  "шт": ["шт", "шт.", "pcs"],
  "1000 шт": ["1000 шт", "тыс.шт", "тыс. шт"],
  "л": ["л", "l"],
  "комплект": ["комплект", "компл", "компл.", "set"],
  "чел.-ч": ["чел.-ч", "чел-ч", "чел.ч"],
  "маш.-ч": ["маш.-ч", "маш-ч", "маш.ч"],
  "работа": ["работа", "работ", "work"],
  "объект": ["объект", "object"],
  "услуга": ["услуга", "service"],
  "порция": ["порция", "portion", "meal"],
};

const LOOKUP = new Map<string, string>();
for (const [unit, spellings] of Object.entries(UNITS)) for (const s of [unit, ...spellings]) LOOKUP.set(s.toLowerCase().replace(/\s+/g, " "), unit);

/** The canonical unit for what was typed, or null when it is not a unit we know. */
export function canonicalUnit(input: string): string | null {
  return LOOKUP.get(input.trim().toLowerCase().replace(/\s+/g, " ")) ?? null;
}
