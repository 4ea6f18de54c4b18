import type { rulesTiersEn } from "./rules-tiers.en";

export const rulesTiersRu: { [K in keyof typeof rulesTiersEn]: string } = {
  UNIT_PRICE_ABOVE_CONTRACT: "Позиция {item} «{itemName}»: цена за единицу {attempted} выше предела вашего договора {ceiling} за {unit}.",
};
