import type { openDataEn } from "./open-data.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const openDataKk: Widen<typeof openDataEn> = {
  title: "Келісімшарттар туралы ашық деректер",
  intro: "Боялған бюджет ақшасынан төленетін барлық шарттар ашық келісімшарттар деректері стандартында (OCDS 1.1.5): шарттар, қосалқы шарттар, төлемдер және қабылданбаған төлемдер. Кілт қажет емес.",
  bulkTitle: "Жаппай жүктеу файлдары",
  bulkIntro: "Релиз күнінің әр айына бір сығылған (gzip) релиздер пакеті, {count, plural, =0 {әзірге жоқ} one {# файл} other {# файл}}.",
  generatedAt: "Жасалған уақыты: {time}.",
  file: "Файл",
  month: "Ай",
  releases: "Релиздер",
  size: "Өлшемі",
  sha256: "SHA-256",
  sizeBytes: "{bytes, plural, one {# байт} other {# байт}}",
  noFiles: "Жаппай жүктеу файлдары әлі жасалмаған; төмендегі API қазірдің өзінде жауап береді.",
  apiTitle: "API",
  apiIntro: "Кілт бойынша беттелетін релиздер мен жазбалар пакеттері (links.next бойынша өтіңіз). Шектеу: бір мекенжайдан бірден {burst} сұрау, содан кейін минутына {perMinute}; одан асса — Retry-After бар 429 жауабы.",
  policyTitle: "Жариялау саясаты",
  license: "Лицензия",
  updates: "Жаңартулар",
  updatesText: "Релиздер төлем жүргізілген бойда API-де пайда болады; жаппай жүктеу файлдары күн сайын қайта жасалады.",
  personalData: "Дербес деректер",
  personalDataText: "Компаниялар БСН бойынша көрсетіледі; жеке кәсіпкерлер ешқашан анықталмайды, олар бір қатысушыға біріктірілген.",
  policyLinks: "Саясат машинамен оқылатын түрде:",
  licenseName: "CC BY 4.0",
  formatJson: "JSON",
  formatMarkdown: "Markdown",
};
