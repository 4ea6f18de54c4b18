import type { rulesTiersEn } from "./rules-tiers.en";

export const rulesTiersKk: { [K in keyof typeof rulesTiersEn]: string } = {
  UNIT_PRICE_ABOVE_CONTRACT: "{item} «{itemName}» позициясы: {attempted} бірлік бағасы шартыңыздың {unit} үшін {ceiling} шегінен жоғары.",
};
