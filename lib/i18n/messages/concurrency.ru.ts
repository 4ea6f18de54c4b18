import type { concurrencyEn } from "./concurrency.en";

export const concurrencyRu: { [K in keyof typeof concurrencyEn]: string } = {
  busy: "В этот момент ту же запись изменял кто-то другой. Ничего не сохранено: попробуйте ещё раз.",
};
