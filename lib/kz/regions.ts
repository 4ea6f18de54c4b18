// The 20 regions of Kazakhstan (17 oblasts and 3 cities of republican significance, as of 2025).
export const REGIONS = [
  { code: "astana", en: "Astana", ru: "г. Астана", kk: "Астана қаласы" },
  { code: "almaty-city", en: "Almaty city", ru: "г. Алматы", kk: "Алматы қаласы" },
  { code: "shymkent", en: "Shymkent", ru: "г. Шымкент", kk: "Шымкент қаласы" },
  { code: "abai", en: "Abai region", ru: "область Абай", kk: "Абай облысы" },
  { code: "akmola", en: "Akmola region", ru: "Акмолинская область", kk: "Ақмола облысы" },
  { code: "aktobe", en: "Aktobe region", ru: "Актюбинская область", kk: "Ақтөбе облысы" },
  { code: "almaty", en: "Almaty region", ru: "Алматинская область", kk: "Алматы облысы" },
  { code: "atyrau", en: "Atyrau region", ru: "Атырауская область", kk: "Атырау облысы" },
  { code: "east-kazakhstan", en: "East Kazakhstan region", ru: "Восточно-Казахстанская область", kk: "Шығыс Қазақстан облысы" },
  { code: "zhambyl", en: "Zhambyl region", ru: "Жамбылская область", kk: "Жамбыл облысы" },
  { code: "zhetysu", en: "Zhetysu region", ru: "область Жетісу", kk: "Жетісу облысы" },
  { code: "west-kazakhstan", en: "West Kazakhstan region", ru: "Западно-Казахстанская область", kk: "Батыс Қазақстан облысы" },
  { code: "karaganda", en: "Karaganda region", ru: "Карагандинская область", kk: "Қарағанды облысы" },
  { code: "kostanay", en: "Kostanay region", ru: "Костанайская область", kk: "Қостанай облысы" },
  { code: "kyzylorda", en: "Kyzylorda region", ru: "Кызылординская область", kk: "Қызылорда облысы" },
  { code: "mangystau", en: "Mangystau region", ru: "Мангистауская область", kk: "Маңғыстау облысы" },
  { code: "pavlodar", en: "Pavlodar region", ru: "Павлодарская область", kk: "Павлодар облысы" },
  { code: "north-kazakhstan", en: "North Kazakhstan region", ru: "Северо-Казахстанская область", kk: "Солтүстік Қазақстан облысы" },
  { code: "turkistan", en: "Turkistan region", ru: "Туркестанская область", kk: "Түркістан облысы" },
  { code: "ulytau", en: "Ulytau region", ru: "область Ұлытау", kk: "Ұлытау облысы" },
] as const;

export type TRegionCode = (typeof REGIONS)[number]["code"];
export const REGION_CODES = REGIONS.map((r) => r.code) as [TRegionCode, ...TRegionCode[]];

export function regionName(code: string | null | undefined, locale: "en" | "ru" | "kk"): string {
  const region = REGIONS.find((r) => r.code === code);
  return region ? region[locale] : (code ?? "—");
}
