// The generated country's names in Russian, Kazakh and English (issue 19, decisions 0230, 0237): budget lines,
// projects, estimate items, ministries and departments get all three forms, built from the same parts as the English
// name (no randomness of their own: the generator's draws, and so the dataset, are the same as before). Terms follow
// the glossary of /work/shared/reference/kazakhstan.md (§5 regions, §8 glossary) and prisma/seed/demo-names.ts.
// Companies keep their registered names as they are (a legal name is not translated): `name` and `name_ru`, and the
// English form by the letters rule of lib/i18n/localized-name.ts (nameColumns), no Kazakh form invented.
import { REGIONS, type TRegionCode } from "../../../lib/kz/regions";
import type { TItem } from "./catalogue";
import NAME_FORMS from "./name-forms.json";

export type TNameForms = { nameRu: string; nameKk: string; nameEn: string };
type TRuKk = { ru: string; kk: string };

/**
 * The Russian and Kazakh of every generated name part that has a fixed English, in one table (name-forms.json), a
 * section a kind of part, the English the key: catalogue.ts's PLACES, each project kind's budget line (catalogue.ts
 * `lineName`), catalogue.ts ITEMS. Data, not code: a row is { "ru", "kk" }.
 */
const FORMS: Record<"place" | "line" | "item", Record<string, TRuKk>> = NAME_FORMS;

/** A part in Russian and Kazakh; one missing from its table reads as it is in English (a test keeps them in step). */
function formsOf(kind: keyof typeof FORMS, key: string, english = key): TRuKk {
  return FORMS[kind][key] ?? { ru: english, kk: english };
}

/** The three forms of a name from its English and its Russian and Kazakh. */
const threeForms = (nameEn: string, f: TRuKk): TNameForms => ({ nameEn, nameRu: f.ru, nameKk: f.kk });

/** A place (catalogue.ts PLACES) in Russian and Kazakh. */
export const placeIn = (place: string): TRuKk => formsOf("place", place);
export const PLACE_NAMES = Object.keys(FORMS.place);

const region = (code: TRegionCode) => REGIONS.find((x) => x.code === code)!;

/** A kind's budget line in one region: "<line> (<region>)" in each language. */
export function budgetLineNames(kind: { key: string; lineName: string }, code: TRegionCode): TNameForms {
  const r = region(code);
  const line = formsOf("line", kind.key, kind.lineName);
  return { nameEn: `${kind.lineName} (${r.en})`, nameRu: `${line.ru} (${r.ru})`, nameKk: `${line.kk} (${r.kk})` };
}

/** What a project's name is made of besides its kind: the place, the size, a road section or the villages served. */
export type TProjectNameParts = { city: string; size: number; region: TRegionCode; road?: { road: string; from: number; to: number }; villages?: number };

/** The English `extra` of catalogue.ts's project names (road section, villages, schools of a city), as before. */
export function projectExtra(kindKey: string, p: TProjectNameParts): string {
  if (kindKey === "road" && p.road) return `${p.road.road}, km ${p.road.from}–${p.road.to}, ${region(p.region).en}`;
  if (kindKey === "water") return `${p.city.split(",")[0]} and ${p.villages} nearby villages`;
  return `schools of ${p.city}`;
}

/** A generated project's name in the three languages; the English is catalogue.ts's `name` of the same parts. */
export function projectNames(kind: { key: string; name: (r: { city: string; size: number; extra: string }) => string }, p: TProjectNameParts): TNameForms {
  const nameEn = kind.name({ city: p.city, size: p.size, extra: projectExtra(kind.key, p) });
  const place = placeIn(p.city);
  const town = placeIn(p.city.split(",")[0]!);
  const r = region(p.region);
  const n = p.size;
  const villages = p.villages ?? 0;
  const forms: Record<string, TRuKk> = {
    school: { ru: `Средняя школа на ${n} мест, ${place.ru}`, kk: `${n} орындық орта мектеп, ${place.kk}` },
    kindergarten: { ru: `Детский сад на ${n} мест, ${place.ru}`, kk: `${n} орындық балабақша, ${place.kk}` },
    meals: { ru: `Бесплатное горячее питание учащихся 1–4 классов, школы: ${place.ru}`, kk: `1–4 сынып оқушыларына тегін ыстық тамақ, мектептер: ${place.kk}` },
    hospital: { ru: `Районная больница на ${n} коек, ${place.ru}`, kk: `${n} төсектік аудандық аурухана, ${place.kk}` },
    polyclinic: { ru: `Поликлиника на ${n} посещений в смену, ${place.ru}`, kk: `Ауысымына ${n} келуге арналған емхана, ${place.kk}` },
    road: p.road
      ? { ru: `Реконструкция участка автодороги ${p.road.road}, км ${p.road.from}–${p.road.to}, ${r.ru}`, kk: `${p.road.road} автожолы учаскесін реконструкциялау, ${p.road.from}–${p.road.to} км, ${r.kk}` }
      : { ru: nameEn, kk: nameEn },
    water: { ru: `Сети водоснабжения: ${town.ru} и ${villages} ${villages < 5 ? "близлежащих села" : "близлежащих сёл"}`, kk: `Сумен жабдықтау желісі: ${town.kk} және маңындағы ${villages} ауыл` },
    sport: { ru: `Спортивный комплекс с залом на ${n} мест, ${place.ru}`, kk: `${n} орындық залы бар спорт кешені, ${place.kk}` },
  };
  return threeForms(nameEn, forms[kind.key] ?? { ru: nameEn, kk: nameEn });
}

export const ITEM_NAMES = Object.keys(FORMS.item);

/** An estimate item's name in the three languages. */
export function itemNames(item: Pick<TItem, "name">): TNameForms {
  return threeForms(item.name, formsOf("item", item.name));
}

/** The Kazakh names of the ministries the generator adds (catalogue.ts EXTRA_MINISTRIES). */
export const EXTRA_MINISTRY_KK: Record<string, string> = {
  minwater: "Қазақстан Республикасының Су ресурстары және ирригация министрлігі",
  minsport: "Қазақстан Республикасының Туризм және спорт министрлігі",
};

/** A region's school-meals department, programme line and project (meals.ts). */
export function mealNames(code: TRegionCode, schoolYear: number) {
  const r = region(code);
  const years = `${schoolYear}/${(schoolYear + 1) % 100}`;
  return {
    department: { nameEn: `${r.en} education department`, nameRu: `Управление образования (${r.ru})`, nameKk: `Білім басқармасы (${r.kk})` },
    line: { nameEn: `General education: free school meals (${r.en})`, nameRu: `Общеобразовательное обучение: бесплатное школьное питание (${r.ru})`, nameKk: `Жалпы білім беретін оқыту: тегін мектеп тамағы (${r.kk})` },
    project: { nameEn: `Free school meals ${years}, ${r.en}`, nameRu: `Бесплатное школьное питание ${years}, ${r.ru}`, nameKk: `Тегін мектеп тамағы ${years}, ${r.kk}` },
  } satisfies Record<string, TNameForms>;
}
