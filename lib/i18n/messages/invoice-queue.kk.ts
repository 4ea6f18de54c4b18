import type { invoiceQueueEn } from "./invoice-queue.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const invoiceQueueKk: Widen<typeof invoiceQueueEn> = {
  filtersLabel: "Шоттарды сүзу",
  status: "Мәртебе",
  statuses: {
    pending: "Шешім күтуде (берілген немесе бір рет мақұлданған)",
    submitted: "Берілген",
    approved: "Бір рет мақұлданған",
    paid: "Төленген",
    rejected: "Қабылданбаған",
    withdrawn: "Кері қайтарылған",
    all: "Барлық мәртебелер",
  },
  project: "Жоба",
  allProjects: "Барлық жобалар",
  contractor: "Мердігер",
  contractorPlaceholder: "Атауы немесе БСН",
  min: "Сомасы, ₸, бастап",
  max: "Сомасы, ₸, дейін",
  from: "Берілген күні, бастап",
  to: "Берілген күні, дейін",
  apply: "Қолдану",
  reset: "Сүзгілерді тазарту",
  csv: "CSV жүктеу",
  csvHeader: { number: "Шот", contract: "Шарт", contractor: "Мердігер", bin: "БСН", project: "Жоба", submitted: "Берілген", amount: "Сомасы, KZT", status: "Мәртебе" },
  ignored: "{count, plural, one {Бұл сүзгі оқылмады және қолданылмайды: {fields}.} other {Бұл сүзгілер оқылмады және қолданылмайды: {fields}.}}",
  fields: { project: "жоба", min: "сомасы бастап", max: "сомасы дейін («бастап» мәнінен аз ба?)", from: "берілген күні бастап", to: "берілген күні дейін («бастап» күнінен ерте ме?)" },
  emptyFiltered: "Бұл сүзгілерге сәйкес шот жоқ.",
};
