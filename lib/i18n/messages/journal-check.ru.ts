import type { journalCheckEn } from "./journal-check.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const journalCheckRu: Widen<typeof journalCheckEn> = {
  checkedAt: "Проверено в {time}.",
  shared: "Одновременно идёт только одна проверка для всех: запрос во время проверки ждёт её окончания, а в течение {seconds} с после неё вместо новой проверки показывается её результат.",
};
