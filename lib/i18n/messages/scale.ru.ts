import type { scaleEn } from "./scale.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const scaleRu: Widen<typeof scaleEn> = {
  figuresAsOf: "Показатели рассчитаны {computed} по проводкам до {postings}.",
  figuresAsOfNoPostings: "Показатели рассчитаны {computed}; проводок ещё нет.",
};
