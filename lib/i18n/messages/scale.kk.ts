import type { scaleEn } from "./scale.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const scaleKk: Widen<typeof scaleEn> = {
  figuresAsOf: "Көрсеткіштер {computed} есептелді, {postings} дейінгі өткізбелер бойынша.",
  figuresAsOfNoPostings: "Көрсеткіштер {computed} есептелді; әзірге өткізбе жоқ.",
};
