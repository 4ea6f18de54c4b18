import type { investigateEn } from "./investigate.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const investigateKk: Widen<typeof investigateEn> = {
  readOnly: "Тек оқу үшін: Сыбайлас жемқорлыққа қарсы қызмет бұл жазбаны көреді, бірақ ештеңені өзгертпейді.",
  links: {
    label: "Тергеу",
    traceForward: "Алға қадағалау",
    traceBackward: "Артқа қадағалау",
    companyFlags: "Компанияның белгілері",
    projectFlags: "Жобаның белгілері",
    openCase: "Осы жазбамен іс ашу",
    casesTitle: "Осы жазба бар істер",
    noCases: "Әзірге ешбір іске тіркелмеген.",
    case: "№{id} іс: {title} ({status})",
  },
  search: {
    nav: "Іздеу",
    title: "Іздеу",
    intro: "Сізге қолжетімді барлық жазба бір іздеуде: компания атауы не БИН бойынша, жоба атауы не мекенжайы бойынша, шот нөмірі бойынша, төлем аударым нөмірі бойынша.",
    label: "Барлық жазбадан іздеу",
    placeholder: "Атауы, БИН, шот не аударым нөмірі",
    start: "Компанияның атауын не БИН-ін, жобаны, шот нөмірін не аударым нөмірін (#123) енгізіңіз.",
    nothing: "«{q}» бойынша ештеңе табылмады.",
    kinds: { companies: "Компаниялар", projects: "Жобалар", invoices: "Шоттар", payments: "Төлемдер" },
    found: "{count, plural, =0 {жоқ} one {# табылды} other {# табылды}}",
    showAll: "Барлығын көрсету: {count, plural, one {#} other {#}}",
    backToAll: "← Барлық түрі",
    columns: { record: "Жазба", detail: "Толығырақ", amount: "Сомасы" },
    none: "Бұл түрдегі жазба жоқ.",
    payment: "№{id} аударым",
    colour: "№{id} түс",
  },
  csv: {
    download: "CSV жүктеу (Excel)",
    ministry: "Министрлік",
    address: "Мекенжайы",
    estimateKzt: "Смета сомасы, KZT",
    parent: "Негізгі шарт",
    valueKzt: "Шарт сомасы, KZT",
    billedKzt: "Шот қойылды, KZT",
    paidKzt: "Төленді, KZT",
    debarredOn: "Шеттетілген күні",
  },
};
