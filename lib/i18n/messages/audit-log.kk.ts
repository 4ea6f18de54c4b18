import type { auditLogEn } from "./audit-log.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const auditLogKk: Widen<typeof auditLogEn> = {
  nav: "Аудит журналы",
  title: "Аудит журналы",
  intro: "Кім не істегені және кім құпия деректерді қарағаны: кірулер, өзгерістер, экспорттар, жүктеп алулар, қабылданбаған сұраулар. Алдымен жаңалары. Жазбаларды өзгертуге немесе жоюға болмайды.",
  searchLabel: "Аудит журналынан іздеу",
  user: "Пайдаланушы",
  userPlaceholder: "E-mail немесе аты",
  action: "Әрекет",
  actionPlaceholder: "мысалы, sign_in",
  subject: "Нысан",
  subjectPlaceholder: "Жазылғандай дәл",
  from: "Бастап",
  to: "Дейін",
  search: "Іздеу",
  csv: "CSV жүктеп алу",
  csvLimit: "Жүктемеде ең көбі {max} жол бар, алдымен жаңалары: ескілері үшін сүзгілерді тарылтыңыз.",
  empty: "Бұл сүзгілерге сәйкес оқиғалар жоқ.",
  system: "жүйе",
  unknownUser: "№{id} пайдаланушы",
  columns: {
    at: "Қашан",
    user: "Пайдаланушы",
    action: "Әрекет",
    subject: "Нысан",
    details: "Толығырақ",
  },
  csvHeader: {
    id: "id",
    at: "уақыты",
    user: "пайдаланушы",
    action: "әрекет",
    subject: "нысан",
    details: "толығырақ",
  },
};
