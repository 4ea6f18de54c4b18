// How a unit of measure reads in each language. An estimate item keeps the canonical Russian short form (lib/projects/
// units.ts: м3, шт, комплект…), which is also what Russian readers see; Kazakh readers get the Kazakh short form
// (шт → дана, /work/shared reference §3.2) and English readers the English one (м3 → m³). A unit we do not know (a
// legacy free-text one) is shown as it was written.
import type { TLocale } from "./i18n";

const LABELS: Record<string, { kk: string; en: string }> = {
  "м3": { kk: "м³", en: "m³" },
  "м2": { kk: "м²", en: "m²" },
  "м": { kk: "м", en: "m" },
  "км": { kk: "км", en: "km" },
  "т": { kk: "т", en: "t" },
  "кг": { kk: "кг", en: "kg" },
  "шт": { kk: "дана", en: "pcs" },
  "1000 шт": { kk: "1000 дана", en: "1000 pcs" },
  "л": { kk: "л", en: "l" },
  "комплект": { kk: "жиынтық", en: "set" },
  "чел.-ч": { kk: "адам-сағ.", en: "man-h" },
  "маш.-ч": { kk: "маш.-сағ.", en: "machine-h" },
  "работа": { kk: "жұмыс", en: "job" },
  "объект": { kk: "объект", en: "site" },
  "услуга": { kk: "қызмет", en: "service" },
  "порция": { kk: "порция", en: "portion" },
};

/** The unit as the reader's language writes it: unitLabel("шт", "kk") → "дана"; unknown units unchanged. */
export function unitLabel(unit: string, locale: TLocale): string {
  if (locale === "ru") return unit;
  return LABELS[unit]?.[locale] ?? unit;
}

/** Every unit this file knows, for the test that keeps it in step with lib/projects/units.ts. */
export const LABELLED_UNITS = Object.keys(LABELS);
