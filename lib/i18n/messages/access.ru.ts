import type { accessEn } from "./access.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const accessRu: Widen<typeof accessEn> = {
  debarNotYours: "Внести компанию в реестр недобросовестных участников может только Министерство финансов или министерство, в проектах которого компания работает по договору.",
  liftOnlyFinance: "Исключить компанию из реестра может только Министерство финансов, которое ведёт реестр.",
};
