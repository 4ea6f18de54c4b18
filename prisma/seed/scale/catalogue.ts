// What the generated country is made of: project kinds with their budget lines and estimates, the goods and
// works they buy (ЕНС ТРУ-style codes, units and tenge prices from shared/reference/kazakhstan.md §3 and §6),
// the trades companies work in, and the names of people, companies and streets.
import type { TRegionCode } from "../../../lib/kz/regions";

export type TMinistryKey = "minedu" | "minhealth" | "mintransport" | "minwater" | "minsport";

/** Ministries the generator adds next to the demo's (the demo's are found by their keys in DEMO_ORGANIZATIONS). */
export const EXTRA_MINISTRIES: { key: TMinistryKey; name: string; nameRu: string; domain: string }[] = [
  { key: "minwater", name: "Ministry of Water Resources and Irrigation of the Republic of Kazakhstan", nameRu: "Министерство водных ресурсов и ирригации Республики Казахстан", domain: "water.gov.kz" },
  { key: "minsport", name: "Ministry of Tourism and Sports of the Republic of Kazakhstan", nameRu: "Министерство туризма и спорта Республики Казахстан", domain: "sport.gov.kz" },
];
export const MINISTRY_DOMAINS: Record<TMinistryKey, string> = { minedu: "edu.gov.kz", minhealth: "health.gov.kz", mintransport: "transport.gov.kz", minwater: "water.gov.kz", minsport: "sport.gov.kz" };

export type TTrade = "general" | "works" | "concrete" | "metal" | "brick" | "asphalt" | "aggregates" | "electrical" | "windows" | "furniture" | "pipes" | "medical" | "catering" | "finishing";

/** An item of the catalogue: price range in tenge per unit (regional spread applied on top). */
export type TItem = { code: string; name: string; category: string; unit: string; low: number; high: number; trade: TTrade; isWorks: boolean };

const item = (code: string, name: string, category: string, unit: string, low: number, high: number, trade: TTrade, isWorks = false): TItem => ({ code, name, category, unit, low, high, trade, isWorks });

export const ITEMS = {
  concrete: item("236310.100.000003", "Ready-mixed concrete B25 (M350)", "23.63", "м3", 28_000, 36_000, "concrete"),
  rebar: item("241062.300.000012", "Rebar A500C, Ø12", "24.10", "т", 330_000, 420_000, "metal"),
  brick: item("233211.100.000001", "Ceramic building brick", "23.32", "1000 шт", 60_000, 95_000, "brick"),
  cement: item("235112.100.000001", "Portland cement M400", "23.51", "т", 32_000, 41_000, "concrete"),
  asphalt: item("239913.100.000002", "Hot asphalt-concrete mix", "23.99", "т", 20_000, 32_000, "asphalt"),
  crushed: item("081221.200.000001", "Crushed stone, fraction 20–40", "08.12", "м3", 3_600, 6_000, "aggregates"),
  sand: item("081212.100.000001", "Construction sand", "08.12", "м3", 2_600, 4_000, "aggregates"),
  windows: item("222314.300.000001", "PVC windows with double glazing", "22.23", "м2", 25_000, 40_000, "windows"),
  pipes: item("222121.000.000003", "Polyethylene water pipe PE100, Ø110", "22.21", "м", 4_000, 9_000, "pipes"),
  furniture: item("310112.000.000005", "Classroom furniture set", "31.01", "компл", 180_000, 260_000, "furniture"),
  medical: item("266012.000.000001", "Diagnostic imaging equipment set", "26.60", "компл", 90_000_000, 140_000_000, "medical"),
  // Installation and finishing are priced per square metre of floor, so their prices compare across projects.
  electrical: item("432110.000.000001", "Electrical installation works", "43.21", "м2", 9_000, 14_000, "electrical"),
  finishing: item("433910.000.000001", "Interior finishing works", "43.39", "м2", 18_000, 30_000, "finishing"),
  schoolWorks: item("410040.000.000011", "Construction of a school building (works)", "41.00", "объект", 0, 0, "works", true),
  hospitalWorks: item("410040.000.000014", "Construction of a hospital building (works)", "41.00", "объект", 0, 0, "works", true),
  polyclinicWorks: item("410040.000.000015", "Construction of a polyclinic building (works)", "41.00", "объект", 0, 0, "works", true),
  kindergartenWorks: item("410040.000.000012", "Construction of a kindergarten building (works)", "41.00", "объект", 0, 0, "works", true),
  sportWorks: item("410040.000.000016", "Construction of a sports complex (works)", "41.00", "объект", 0, 0, "works", true),
  roadWorks: item("421120.000.000000", "Road construction and reconstruction (works)", "42.11", "км", 0, 0, "works", true),
  waterWorks: item("422112.000.000001", "Laying of water supply networks (works)", "42.21", "км", 0, 0, "works", true),
  meals: item("562910.000.000001", "Hot school meal for one pupil", "56.29", "порция", 577, 951, "catering"),
} satisfies Record<string, TItem>;
export type TItemKey = keyof typeof ITEMS;

/**
 * A kind of project: its ministry and budget classification, its size (bn ₸ earmarked), what its estimate
 * buys (shares of the money; works items are priced per object, km or job) and how it is named.
 */
export type TProjectKind = {
  key: string;
  ministry: TMinistryKey;
  /** Functional group, subgroup and programme of the ЕБК code; the administrator comes from the region. */
  group: string;
  programme: string;
  subprogramme: string;
  specifics: string;
  lineName: string;
  weight: number;
  minBn: number;
  maxBn: number;
  items: [TItemKey, number][];
  /** Units of the works item: 1 object, or this many km drawn at random. */
  worksKm?: [number, number];
  name: (r: { city: string; size: number; extra: string }) => string;
  sizes: number[];
};

export const PROJECT_KINDS: TProjectKind[] = [
  {
    key: "school", ministry: "minedu", group: "04 9", programme: "037", subprogramme: "015", specifics: "431", lineName: "Construction of general secondary schools", weight: 26, minBn: 2.2, maxBn: 6.5,
    items: [["schoolWorks", 40], ["concrete", 12], ["rebar", 10], ["brick", 8], ["windows", 5], ["electrical", 9], ["finishing", 9], ["furniture", 7]],
    name: (r) => `Secondary school for ${r.size} pupils, ${r.city}`, sizes: [300, 600, 900, 1200],
  },
  {
    key: "kindergarten", ministry: "minedu", group: "04 1", programme: "021", subprogramme: "015", specifics: "431", lineName: "Construction of pre-school organisations", weight: 14, minBn: 0.9, maxBn: 2.1,
    items: [["kindergartenWorks", 42], ["concrete", 12], ["brick", 10], ["windows", 8], ["electrical", 10], ["finishing", 12], ["furniture", 6]],
    name: (r) => `Kindergarten for ${r.size} children, ${r.city}`, sizes: [140, 280, 320],
  },
  {
    key: "meals", ministry: "minedu", group: "04 2", programme: "003", subprogramme: "015", specifics: "159", lineName: "General education: school meals", weight: 10, minBn: 0.08, maxBn: 0.6,
    items: [["meals", 100]],
    name: (r) => `Free hot meals for grades 1–4, ${r.extra}`, sizes: [1],
  },
  {
    key: "hospital", ministry: "minhealth", group: "05 9", programme: "038", subprogramme: "015", specifics: "431", lineName: "Construction and reconstruction of health facilities", weight: 8, minBn: 8, maxBn: 22,
    items: [["hospitalWorks", 45], ["concrete", 10], ["rebar", 9], ["brick", 6], ["windows", 4], ["electrical", 8], ["finishing", 8], ["medical", 10]],
    name: (r) => `District hospital, ${r.size} beds, ${r.city}`, sizes: [100, 150, 200],
  },
  {
    key: "polyclinic", ministry: "minhealth", group: "05 9", programme: "038", subprogramme: "011", specifics: "431", lineName: "Construction of primary health care facilities", weight: 8, minBn: 1.5, maxBn: 4,
    items: [["polyclinicWorks", 45], ["concrete", 12], ["brick", 9], ["windows", 6], ["electrical", 10], ["finishing", 10], ["medical", 8]],
    name: (r) => `Polyclinic for ${r.size} visits per shift, ${r.city}`, sizes: [150, 250, 500],
  },
  {
    key: "road", ministry: "mintransport", group: "12 1", programme: "025", subprogramme: "011", specifics: "431", lineName: "Development of transport infrastructure", weight: 18, minBn: 2, maxBn: 12,
    items: [["roadWorks", 45], ["asphalt", 30], ["crushed", 15], ["sand", 5], ["cement", 5]],
    worksKm: [8, 60], name: (r) => `Reconstruction of road section ${r.extra}`, sizes: [1],
  },
  {
    key: "water", ministry: "minwater", group: "06 9", programme: "058", subprogramme: "015", specifics: "431", lineName: "Development of water supply systems", weight: 10, minBn: 0.6, maxBn: 3,
    items: [["waterWorks", 50], ["pipes", 35], ["sand", 5], ["crushed", 10]],
    worksKm: [5, 40], name: (r) => `Water supply network of ${r.extra}`, sizes: [1],
  },
  {
    key: "sport", ministry: "minsport", group: "08 9", programme: "033", subprogramme: "015", specifics: "431", lineName: "Construction of sports facilities", weight: 6, minBn: 0.8, maxBn: 3,
    items: [["sportWorks", 48], ["concrete", 12], ["rebar", 10], ["windows", 5], ["electrical", 12], ["finishing", 13]],
    name: (r) => `Sports complex with a ${r.size}-seat hall, ${r.city}`, sizes: [200, 500, 1000],
  },
];

/** Cities and districts of each region, for project names and addresses. */
export const PLACES: Record<TRegionCode, string[]> = {
  astana: ["Astana", "Astana, Baikonur district", "Astana, Esil district", "Astana, Almaty district", "Astana, Saryarka district", "Astana, Nura district"],
  "almaty-city": ["Almaty", "Almaty, Alatau district", "Almaty, Nauryzbai district", "Almaty, Turksib district", "Almaty, Auezov district", "Almaty, Bostandyk district"],
  shymkent: ["Shymkent", "Shymkent, Abay district", "Shymkent, Karatau district", "Shymkent, Enbekshi district", "Shymkent, Al-Farabi district"],
  abai: ["Semey", "Ayagoz", "Kurchatov", "Urzhar", "Beskaragai"],
  akmola: ["Kokshetau", "Stepnogorsk", "Shchuchinsk", "Kosshy", "Atbasar"],
  aktobe: ["Aktobe", "Kandyagash", "Khromtau", "Shalkar", "Alga"],
  almaty: ["Konaev", "Talgar", "Kaskelen", "Esik", "Uzynagash"],
  atyrau: ["Atyrau", "Kulsary", "Makhambet", "Inder"],
  "east-kazakhstan": ["Ust-Kamenogorsk", "Ridder", "Altai", "Zaisan", "Shemonaikha"],
  zhambyl: ["Taraz", "Shu", "Karatau", "Zhanatas", "Kordai"],
  zhetysu: ["Taldykorgan", "Tekeli", "Ushtobe", "Zharkent", "Sarkand"],
  "west-kazakhstan": ["Uralsk", "Aksai", "Chingirlau", "Zhangala"],
  karaganda: ["Karaganda", "Temirtau", "Balkhash", "Saran", "Shakhtinsk", "Abai"],
  kostanay: ["Kostanay", "Rudny", "Lisakovsk", "Arkalyk", "Zhitikara"],
  kyzylorda: ["Kyzylorda", "Baikonur", "Aralsk", "Kazaly", "Shieli"],
  mangystau: ["Aktau", "Zhanaozen", "Fort-Shevchenko", "Beineu"],
  pavlodar: ["Pavlodar", "Ekibastuz", "Aksu", "Bayanaul"],
  "north-kazakhstan": ["Petropavl", "Bulaevo", "Mamlyut", "Sergeevka"],
  turkistan: ["Turkistan", "Kentau", "Arys", "Sairam", "Saryagash", "Zhetysai"],
  ulytau: ["Zhezkazgan", "Satpaev", "Karazhal", "Ulytau"],
};

/** Relative price level of each region (Astana and Almaty highest, kazakhstan.md §6.1: ±15 %). */
export const PRICE_LEVEL: Partial<Record<TRegionCode, number>> = { astana: 1.15, "almaty-city": 1.14, atyrau: 1.1, mangystau: 1.1, shymkent: 1.02, zhambyl: 0.9, turkistan: 0.9, kyzylorda: 0.92, "north-kazakhstan": 0.93 };

export const ROADS = ["A-1", "A-2", "A-3", "A-17", "M-32", "M-36", "M-39", "R-4", "R-7", "R-36", "KT-4", "KT-19", "KS-12", "KZ-21"];

export const TRADE_WORDS: Record<TTrade, [string, string][]> = {
  general: [["Qurylys", "Құрылыс"], ["Stroy Invest", "Строй Инвест"], ["Construction Group", "Констракшн Груп"], ["Stroy", "Строй"], ["Build", "Билд"], ["Engineering", "Инжиниринг"]],
  works: [["Montazh", "Монтаж"], ["SMU", "СМУ"], ["Stroy Service", "Строй Сервис"], ["Remstroy", "Ремстрой"]],
  concrete: [["Beton", "Бетон"], ["Beton Service", "Бетон Сервис"], ["ZhBI", "ЖБИ"], ["Cement Trade", "Цемент Трейд"]],
  metal: [["Metall", "Металл"], ["Metal Trade", "Металл Трейд"], ["Armatura", "Арматура"]],
  brick: [["Kirpich", "Кирпич"], ["Keramika", "Керамика"]],
  asphalt: [["Asphalt", "Асфальт"], ["Zhol", "Жол"], ["Dorstroy", "Дорстрой"], ["Avtodor", "Автодор"]],
  aggregates: [["Karier", "Карьер"], ["Nerud", "Неруд"], ["Shcheben", "Щебень"]],
  electrical: [["Electro Montazh", "Электромонтаж"], ["Energo Service", "Энергосервис"], ["Electric", "Электрик"]],
  windows: [["Okna", "Окна"], ["Plast", "Пласт"], ["Glass", "Гласс"]],
  furniture: [["Mebel", "Мебель"], ["Furniture", "Фурнитура"]],
  pipes: [["Trubprom", "Трубпром"], ["Polimer", "Полимер"], ["Vodstroy", "Водстрой"]],
  medical: [["Med Tekhnika", "Медтехника"], ["Medical Systems", "Медикал Системс"], ["Pharm Equipment", "Фарм Эквипмент"]],
  catering: [["Catering", "Кейтеринг"], ["Food Service", "Фуд Сервис"], ["Dastarkhan", "Дастархан"]],
  finishing: [["Otdelka", "Отделка"], ["Decor", "Декор"], ["Interior", "Интерьер"]],
};

export const NAME_STEMS: [string, string][] = [
  ["Ontustik", "Онтүстік"], ["Soltustik", "Солтүстік"], ["Batys", "Батыс"], ["Shygys", "Шығыс"], ["Ortalyk", "Орталық"], ["Altyn", "Алтын"], ["Kokshe", "Көкше"],
  ["Saryarka", "Сарыарқа"], ["Zhetysu", "Жетісу"], ["Ertis", "Ертіс"], ["Tobol", "Тобыл"], ["Kaspiy", "Каспий"], ["Arman", "Арман"], ["Bereke", "Береке"], ["Nur", "Нұр"],
  ["Atameken", "Атамекен"], ["Baiterek", "Бәйтерек"], ["Dala", "Дала"], ["Qazyna", "Қазына"], ["Tulpar", "Тұлпар"], ["Ulan", "Ұлан"], ["Aq Zhol", "Ақ Жол"], ["Keruen", "Керуен"],
  ["Samal", "Самал"], ["Shanyraq", "Шаңырақ"], ["Alatau", "Алатау"], ["Bayan", "Баян"], ["Kazygurt", "Қазығұрт"], ["Turan", "Тұран"], ["Yrys", "Ырыс"], ["Orda", "Орда"],
  ["Asar", "Асар"], ["Tumar", "Тұмар"], ["Aibyn", "Айбын"], ["Berkut", "Беркут"], ["Sunkar", "Сұңқар"], ["Kemel", "Кемел"], ["Murager", "Мұрагер"], ["Zhasyl", "Жасыл"], ["Aru", "Ару"],
  ["Eurasia", "Евразия"], ["Kaz", "Каз"], ["Asia", "Азия"], ["Standard", "Стандарт"], ["Profi", "Профи"], ["Capital", "Капитал"], ["Prime", "Прайм"], ["Vector", "Вектор"], ["Status", "Статус"],
];

export const MALE_NAMES = ["Nurlan", "Yerlan", "Askar", "Bakhyt", "Marat", "Serik", "Daniyar", "Arman", "Timur", "Ruslan", "Kairat", "Berik", "Zhanibek", "Almas", "Azamat", "Yerzhan", "Dauren", "Nurbol", "Aslan", "Talgat", "Murat", "Sanzhar", "Galym", "Rustem"];
export const FEMALE_NAMES = ["Aigerim", "Gulnara", "Saule", "Dana", "Aliya", "Madina", "Zhanar", "Assel", "Dinara", "Aizhan", "Gaukhar", "Kamila", "Aruzhan", "Laura", "Botagoz", "Zarina", "Indira", "Moldir"];
export const SURNAMES = ["Bekov", "Akhmetov", "Tokayev", "Omarov", "Seitkali", "Zhunusov", "Nurlanov", "Abdikadyrov", "Tulegenov", "Yessenov", "Serikbayev", "Kassymov", "Iskakov", "Mukanov", "Sadykov", "Baimukhanov", "Zhakupov", "Ospanov", "Kenzhebekov", "Utepov", "Dzhaksybekov", "Temirbayev", "Amanov", "Suleimenov", "Karimov", "Nurpeisov", "Aitbayev", "Kuanyshev", "Yermekov", "Zhumabayev", "Sarsenbayev", "Abenov"];
export const FATHER_NAMES = ["Serik", "Marat", "Nurlan", "Bolat", "Kairat", "Abai", "Yerlan", "Askar", "Berik", "Temir", "Zhanat", "Dulat", "Murat", "Sagyn"];
export const STREETS = ["Abai ave.", "Tole bi st.", "Kabanbai batyr ave.", "Dostyk ave.", "Satpaev st.", "Zhambyl st.", "Kunaev st.", "Auezov st.", "Baitursynov st.", "Nazarbayev ave.", "Seifullin st.", "Gogol st.", "Pushkin st.", "Tauke Khan ave.", "Respublika ave.", "Turan ave.", "Kenesary st.", "Mangilik El ave.", "Bukhar-Zhyrau ave.", "Lenin st.", "Abylai Khan ave.", "Zheltoksan st.", "Bogenbai batyr st.", "Momyshuly st."];
