import type { openDataEn } from "./open-data.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const openDataRu: Widen<typeof openDataEn> = {
  title: "Открытые данные о контрактах",
  intro: "Все договоры, оплачиваемые окрашенными бюджетными деньгами, в стандарте данных открытых контрактов (OCDS 1.1.5): договоры, субподряды, платежи и отклонённые платежи. Ключ не нужен.",
  bulkTitle: "Файлы выгрузки",
  bulkIntro: "Один сжатый (gzip) пакет релизов на каждый месяц даты релиза, {count, plural, =0 {пока ни одного} one {# файл} few {# файла} many {# файлов} other {# файла}}.",
  generatedAt: "Сформировано {time}.",
  file: "Файл",
  month: "Месяц",
  releases: "Релизы",
  size: "Размер",
  sha256: "SHA-256",
  sizeBytes: "{bytes, plural, one {# байт} few {# байта} many {# байтов} other {# байта}}",
  noFiles: "Файлы выгрузки ещё не сформированы; API ниже уже отвечает.",
  apiTitle: "API",
  apiIntro: "Пакеты релизов и записей с постраничной выдачей по ключу (переходите по links.next). Ограничение: {burst} запросов сразу, затем {perMinute} в минуту с одного адреса; сверх этого — ответ 429 с Retry-After.",
  policyTitle: "Политика публикации",
  license: "Лицензия",
  updates: "Обновления",
  updatesText: "Релизы появляются в API сразу после проведения платежа; файлы выгрузки формируются заново ежедневно.",
  personalData: "Персональные данные",
  personalDataText: "Компании указываются по БИН; индивидуальные предприниматели никогда не идентифицируются, они объединены в одного участника.",
  policyLinks: "Политика в машиночитаемом виде:",
  licenseName: "CC BY 4.0",
  formatJson: "JSON",
  formatMarkdown: "Markdown",
};
