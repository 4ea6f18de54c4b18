// Rule codes added by issue 14's "each rule decided once" (lib/rules/purpose-rules.ts, CEILING_CODE): the texts
// under `rules.<CODE>`, with the placeholders the rule sets (raw tiyn, formatted by lib/rules/present.ts). Until the
// rule catalogue moves here, lib/rules/messages.ts carries the en and ru text too.
export const rulesTiersEn = {
  UNIT_PRICE_ABOVE_CONTRACT: "Item {item} «{itemName}»: unit price {attempted} is above your contract's ceiling {ceiling} per {unit}.",
};
