// The generated country's names in Russian, Kazakh and English (issue 19, decisions 0230, 0237): budget lines,
// projects, estimate items, ministries and departments get all three forms, built from the same parts as the English
// name (no randomness of their own: the generator's draws, and so the dataset, are the same as before). Terms follow
// the glossary of /work/shared/reference/kazakhstan.md (§5 regions, §8 glossary) and prisma/seed/demo-names.ts.
// Companies keep their registered names as they are (a legal name is not translated): `name` and `name_ru`, and the
// English form by the letters rule of lib/i18n/localized-name.ts (nameColumns), no Kazakh form invented.
import { REGIONS, type TRegionCode } from "../../../lib/kz/regions";
import type { TItem } from "./catalogue";

export type TNameForms = { nameRu: string; nameKk: string; nameEn: string };
type TRuKk = { ru: string; kk: string };

/** Every place of catalogue.ts's PLACES in Russian and Kazakh (the English is the key). */
const PLACE_FORMS: Record<string, TRuKk> = {
  Astana: { ru: "Астана", kk: "Астана" },
  "Astana, Baikonur district": { ru: "Астана, Байконурский район", kk: "Астана, Байқоңыр ауданы" },
  "Astana, Esil district": { ru: "Астана, Есильский район", kk: "Астана, Есіл ауданы" },
  "Astana, Almaty district": { ru: "Астана, Алматинский район", kk: "Астана, Алматы ауданы" },
  "Astana, Saryarka district": { ru: "Астана, Сарыаркинский район", kk: "Астана, Сарыарқа ауданы" },
  "Astana, Nura district": { ru: "Астана, район Нура", kk: "Астана, Нұра ауданы" },
  Almaty: { ru: "Алматы", kk: "Алматы" },
  "Almaty, Alatau district": { ru: "Алматы, Алатауский район", kk: "Алматы, Алатау ауданы" },
  "Almaty, Nauryzbai district": { ru: "Алматы, Наурызбайский район", kk: "Алматы, Наурызбай ауданы" },
  "Almaty, Turksib district": { ru: "Алматы, Турксибский район", kk: "Алматы, Түрксіб ауданы" },
  "Almaty, Auezov district": { ru: "Алматы, Ауэзовский район", kk: "Алматы, Әуезов ауданы" },
  "Almaty, Bostandyk district": { ru: "Алматы, Бостандыкский район", kk: "Алматы, Бостандық ауданы" },
  Shymkent: { ru: "Шымкент", kk: "Шымкент" },
  "Shymkent, Abay district": { ru: "Шымкент, Абайский район", kk: "Шымкент, Абай ауданы" },
  "Shymkent, Karatau district": { ru: "Шымкент, Каратауский район", kk: "Шымкент, Қаратау ауданы" },
  "Shymkent, Enbekshi district": { ru: "Шымкент, Енбекшинский район", kk: "Шымкент, Еңбекші ауданы" },
  "Shymkent, Al-Farabi district": { ru: "Шымкент, Аль-Фарабийский район", kk: "Шымкент, Әл-Фараби ауданы" },
  Semey: { ru: "Семей", kk: "Семей" },
  Ayagoz: { ru: "Аягоз", kk: "Аягөз" },
  Kurchatov: { ru: "Курчатов", kk: "Курчатов" },
  Urzhar: { ru: "Урджар", kk: "Үржар" },
  Beskaragai: { ru: "Бескарагай", kk: "Бесқарағай" },
  Kokshetau: { ru: "Кокшетау", kk: "Көкшетау" },
  Stepnogorsk: { ru: "Степногорск", kk: "Степногорск" },
  Shchuchinsk: { ru: "Щучинск", kk: "Щучинск" },
  Kosshy: { ru: "Косшы", kk: "Қосшы" },
  Atbasar: { ru: "Атбасар", kk: "Атбасар" },
  Aktobe: { ru: "Актобе", kk: "Ақтөбе" },
  Kandyagash: { ru: "Кандыагаш", kk: "Қандыағаш" },
  Khromtau: { ru: "Хромтау", kk: "Хромтау" },
  Shalkar: { ru: "Шалкар", kk: "Шалқар" },
  Alga: { ru: "Алга", kk: "Алға" },
  Konaev: { ru: "Конаев", kk: "Қонаев" },
  Talgar: { ru: "Талгар", kk: "Талғар" },
  Kaskelen: { ru: "Каскелен", kk: "Қаскелең" },
  Esik: { ru: "Есик", kk: "Есік" },
  Uzynagash: { ru: "Узынагаш", kk: "Ұзынағаш" },
  Atyrau: { ru: "Атырау", kk: "Атырау" },
  Kulsary: { ru: "Кульсары", kk: "Құлсары" },
  Makhambet: { ru: "Махамбет", kk: "Махамбет" },
  Inder: { ru: "Индер", kk: "Индер" },
  "Ust-Kamenogorsk": { ru: "Усть-Каменогорск", kk: "Өскемен" },
  Ridder: { ru: "Риддер", kk: "Риддер" },
  Altai: { ru: "Алтай", kk: "Алтай" },
  Zaisan: { ru: "Зайсан", kk: "Зайсаң" },
  Shemonaikha: { ru: "Шемонаиха", kk: "Шемонаиха" },
  Taraz: { ru: "Тараз", kk: "Тараз" },
  Shu: { ru: "Шу", kk: "Шу" },
  Karatau: { ru: "Каратау", kk: "Қаратау" },
  Zhanatas: { ru: "Жанатас", kk: "Жаңатас" },
  Kordai: { ru: "Кордай", kk: "Қордай" },
  Taldykorgan: { ru: "Талдыкорган", kk: "Талдықорған" },
  Tekeli: { ru: "Текели", kk: "Текелі" },
  Ushtobe: { ru: "Уштобе", kk: "Үштөбе" },
  Zharkent: { ru: "Жаркент", kk: "Жаркент" },
  Sarkand: { ru: "Сарканд", kk: "Сарқан" },
  Uralsk: { ru: "Уральск", kk: "Орал" },
  Aksai: { ru: "Аксай", kk: "Ақсай" },
  Chingirlau: { ru: "Чингирлау", kk: "Шыңғырлау" },
  Zhangala: { ru: "Жангала", kk: "Жаңақала" },
  Karaganda: { ru: "Караганда", kk: "Қарағанды" },
  Temirtau: { ru: "Темиртау", kk: "Теміртау" },
  Balkhash: { ru: "Балхаш", kk: "Балқаш" },
  Saran: { ru: "Сарань", kk: "Саран" },
  Shakhtinsk: { ru: "Шахтинск", kk: "Шахтинск" },
  Abai: { ru: "Абай", kk: "Абай" },
  Kostanay: { ru: "Костанай", kk: "Қостанай" },
  Rudny: { ru: "Рудный", kk: "Рудный" },
  Lisakovsk: { ru: "Лисаковск", kk: "Лисаковск" },
  Arkalyk: { ru: "Аркалык", kk: "Арқалық" },
  Zhitikara: { ru: "Житикара", kk: "Жітіқара" },
  Kyzylorda: { ru: "Кызылорда", kk: "Қызылорда" },
  Baikonur: { ru: "Байконур", kk: "Байқоңыр" },
  Aralsk: { ru: "Аральск", kk: "Арал" },
  Kazaly: { ru: "Казалинск", kk: "Қазалы" },
  Shieli: { ru: "Шиели", kk: "Шиелі" },
  Aktau: { ru: "Актау", kk: "Ақтау" },
  Zhanaozen: { ru: "Жанаозен", kk: "Жаңаөзен" },
  "Fort-Shevchenko": { ru: "Форт-Шевченко", kk: "Форт-Шевченко" },
  Beineu: { ru: "Бейнеу", kk: "Бейнеу" },
  Pavlodar: { ru: "Павлодар", kk: "Павлодар" },
  Ekibastuz: { ru: "Экибастуз", kk: "Екібастұз" },
  Aksu: { ru: "Аксу", kk: "Ақсу" },
  Bayanaul: { ru: "Баянаул", kk: "Баянауыл" },
  Petropavl: { ru: "Петропавловск", kk: "Петропавл" },
  Bulaevo: { ru: "Булаево", kk: "Булаево" },
  Mamlyut: { ru: "Мамлютка", kk: "Мамлют" },
  Sergeevka: { ru: "Сергеевка", kk: "Сергеевка" },
  Turkistan: { ru: "Туркестан", kk: "Түркістан" },
  Kentau: { ru: "Кентау", kk: "Кентау" },
  Arys: { ru: "Арысь", kk: "Арыс" },
  Sairam: { ru: "Сайрам", kk: "Сайрам" },
  Saryagash: { ru: "Сарыагаш", kk: "Сарыағаш" },
  Zhetysai: { ru: "Жетысай", kk: "Жетісай" },
  Zhezkazgan: { ru: "Жезказган", kk: "Жезқазған" },
  Satpaev: { ru: "Сатпаев", kk: "Сәтбаев" },
  Karazhal: { ru: "Каражал", kk: "Қаражал" },
  Ulytau: { ru: "Улытау", kk: "Ұлытау" },
};

/** A place (catalogue.ts PLACES) in Russian and Kazakh; one missing from the table reads as it is (a test keeps them in step). */
export const placeIn = (place: string): TRuKk => PLACE_FORMS[place] ?? { ru: place, kk: place };
export const PLACE_NAMES = Object.keys(PLACE_FORMS);

const region = (code: TRegionCode) => REGIONS.find((x) => x.code === code)!;

/** Each project kind's budget line (catalogue.ts `lineName` is the English). */
const LINE_FORMS: Record<string, TRuKk> = {
  school: { ru: "Строительство общеобразовательных школ", kk: "Жалпы білім беретін мектептер салу" },
  kindergarten: { ru: "Строительство дошкольных организаций", kk: "Мектепке дейінгі ұйымдар салу" },
  meals: { ru: "Общеобразовательное обучение: школьное питание", kk: "Жалпы білім беретін оқыту: мектеп тамағы" },
  hospital: { ru: "Строительство и реконструкция объектов здравоохранения", kk: "Денсаулық сақтау объектілерін салу және реконструкциялау" },
  polyclinic: { ru: "Строительство объектов первичной медико-санитарной помощи", kk: "Алғашқы медициналық-санитариялық көмек объектілерін салу" },
  road: { ru: "Развитие транспортной инфраструктуры", kk: "Көлік инфрақұрылымын дамыту" },
  water: { ru: "Развитие систем водоснабжения", kk: "Сумен жабдықтау жүйелерін дамыту" },
  sport: { ru: "Строительство спортивных объектов", kk: "Спорт объектілерін салу" },
};

/** A kind's budget line in one region: "<line> (<region>)" in each language. */
export function budgetLineNames(kind: { key: string; lineName: string }, code: TRegionCode): TNameForms {
  const r = region(code);
  const line = LINE_FORMS[kind.key] ?? { ru: kind.lineName, kk: kind.lineName };
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
  const f = forms[kind.key] ?? { ru: nameEn, kk: nameEn };
  return { nameEn, nameRu: f.ru, nameKk: f.kk };
}

/** Catalogue items (catalogue.ts ITEMS, keyed by their English name) in Russian and Kazakh. */
const ITEM_FORMS: Record<string, TRuKk> = {
  "Ready-mixed concrete B25 (M350)": { ru: "Бетон товарный B25 (M350)", kk: "B25 (M350) тауарлық бетон" },
  "Rebar A500C, Ø12": { ru: "Арматура A500C, Ø12", kk: "A500C, Ø12 арматурасы" },
  "Ceramic building brick": { ru: "Кирпич керамический строительный", kk: "Керамикалық құрылыс кірпіші" },
  "Portland cement M400": { ru: "Портландцемент М400", kk: "М400 портландцементі" },
  "Hot asphalt-concrete mix": { ru: "Асфальтобетонная смесь горячая", kk: "Ыстық асфальтбетон қоспасы" },
  "Crushed stone, fraction 20–40": { ru: "Щебень, фракция 20–40", kk: "Қиыршық тас, 20–40 фракция" },
  "Construction sand": { ru: "Песок строительный", kk: "Құрылыс құмы" },
  "PVC windows with double glazing": { ru: "Окна ПВХ со стеклопакетом", kk: "Шыны пакеті бар ПВХ терезелер" },
  "Polyethylene water pipe PE100, Ø110": { ru: "Труба водопроводная полиэтиленовая ПЭ100, Ø110", kk: "ПЭ100 полиэтилен су құбыры, Ø110" },
  "Classroom furniture set": { ru: "Комплект мебели для учебного класса", kk: "Оқу сыныбына арналған жиһаз жиынтығы" },
  "Diagnostic imaging equipment set": { ru: "Комплект оборудования для лучевой диагностики", kk: "Сәулелік диагностика жабдықтарының жиынтығы" },
  "Electrical installation works": { ru: "Электромонтажные работы", kk: "Электр монтаждау жұмыстары" },
  "Interior finishing works": { ru: "Внутренние отделочные работы", kk: "Ішкі әрлеу жұмыстары" },
  "Construction of a school building (works)": { ru: "Строительство здания школы (работы)", kk: "Мектеп ғимаратын салу (жұмыстар)" },
  "Construction of a hospital building (works)": { ru: "Строительство здания больницы (работы)", kk: "Аурухана ғимаратын салу (жұмыстар)" },
  "Construction of a polyclinic building (works)": { ru: "Строительство здания поликлиники (работы)", kk: "Емхана ғимаратын салу (жұмыстар)" },
  "Construction of a kindergarten building (works)": { ru: "Строительство здания детского сада (работы)", kk: "Балабақша ғимаратын салу (жұмыстар)" },
  "Construction of a sports complex (works)": { ru: "Строительство спортивного комплекса (работы)", kk: "Спорт кешенін салу (жұмыстар)" },
  "Road construction and reconstruction (works)": { ru: "Строительство и реконструкция автомобильных дорог (работы)", kk: "Автомобиль жолдарын салу және реконструкциялау (жұмыстар)" },
  "Laying of water supply networks (works)": { ru: "Прокладка сетей водоснабжения (работы)", kk: "Сумен жабдықтау желілерін төсеу (жұмыстар)" },
  "Hot school meal for one pupil": { ru: "Горячее питание одного учащегося", kk: "Бір оқушыға ыстық тамақ" },
};
export const ITEM_NAMES = Object.keys(ITEM_FORMS);

/** An estimate item's name in the three languages. */
export function itemNames(item: Pick<TItem, "name">): TNameForms {
  const f = ITEM_FORMS[item.name] ?? { ru: item.name, kk: item.name };
  return { nameEn: item.name, nameRu: f.ru, nameKk: f.kk };
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
