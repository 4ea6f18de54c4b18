import type { accessEn } from "./access.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Translated from the Russian and English catalogues. Needs a native speaker's review.
export const accessKk: Widen<typeof accessEn> = {
  debarNotYours: "Компанияны жосықсыз қатысушылар тізіліміне тек Қаржы министрлігі немесе компания шарт бойынша жобаларында жұмыс істейтін министрлік енгізе алады.",
  liftOnlyFinance: "Компанияны тізілімнен тек тізілімді жүргізетін Қаржы министрлігі шығара алады.",
};
