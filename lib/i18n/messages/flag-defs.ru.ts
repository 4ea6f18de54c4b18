import type { flagDefsEn } from "./flag-defs.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const flagDefsRu: Widen<typeof flagDefsEn> = {
  ocp: "Признаки риска Open Contracting Partnership (2024): {ids}.",
  ocpNone: "Ни один индикатор каталога признаков риска Open Contracting Partnership (2024), который оценивает закупки и договоры, не соответствует этой картине платежей.",
};
