import type { rulesEn } from "./rules.en";

// Terms from shared/reference/kazakhstan.md §8: colour — түс, estimate item — смета позициясы, invoice —
// шот-фактура, payee — алушы, freeze — бұғаттау, debarred — жосықсыз қатысушы, approval — мақұлдау.
// Kazakh nouns stay singular after a numeral, so a plural's two CLDR forms (one, other) read alike.
// Needs a native speaker's review.
export const rulesKk: Record<keyof typeof rulesEn, string> = {
  COLOUR_EXPIRED: "{colour} түсінің мерзімі {expiredAt} өтті; төлем {attemptedAt} жасалмақ болды.",
  COLOUR_FROZEN: "{colour} түсін тергеуші бұғаттаған: оның қаражаты қозғала алмайды.",
  COLOUR_CLOSED: "{colour} түсі жабық: оның қаражаты енді қозғалмайды.",
  ACCOUNT_FROZEN: "Төлеушінің {colour} түсіндегі шоты бұғатталған: оның қаражаты қозғала алмайды.",
  INSUFFICIENT_BALANCE: "{colour} түсінде қаражат жеткіліксіз: қалдық {balance}, қажет {attempted}.",
  PAYEE_NOT_REGISTERED: "«{payee}» алушысы тіркелген мердігер емес.",
  PAYEE_DEBARRED: "«{payee}» алушысы жосықсыз қатысушылар тізілімінде: ол бюджет қаражатын ала алмайды.",
  PAYEE_OUTSIDE_CHAIN: "«{payee}» алушысының {colour} түсі тізбегінде шарты жоқ.",
  ITEM_NOT_IN_ESTIMATE: "{item} позициясы сметада жоқ.",
  ITEM_NOT_ALLOWED: "{item} «{itemName}» позициясын {colour} түсінің қаражатымен төлеуге болмайды (ережелер нұсқасы {version}).",
  UNIT_MISMATCH: "{item} «{itemName}» позициясы: сметадағы өлшем бірлігі {unit}, шот-фактурада — {attempted}.",
  QUANTITY_ABOVE_ESTIMATE:
    "{item} «{itemName}» позициясы: смета бойынша {estimate}, бұрын шот қойылғаны {billed}, осы шот-фактурада {attempted}; тек {remaining} қалды.",
  PRICE_ABOVE_CEILING: "{item} «{itemName}» позициясы: бірлік бағасы {attempted} сметалық шектен ({unit} үшін {ceiling}) жоғары.",
  UNIT_PRICE_ABOVE_CONTRACT: "{item} «{itemName}» позициясы: {attempted} бірлік бағасы шартыңыздың {unit} үшін {ceiling} шегінен жоғары.",
  ADVANCE_LIMIT:
    "{invoice} шот-фактурасы: аванстар {limit} сомасынан аспауы керек (шарт құны {contractValue} сомасының {limitBp} бөлігі); бұрын төленгені {alreadyPaid}, осы шот-фактурада {attempted}.",
  SECOND_APPROVAL_MISSING:
    "{amount} сомасына {invoice} шот-фактурасы (мақұлдау шегі {threshold}) авторынан басқа лауазымды адамдардың {required, plural, one {# мақұлдауын} other {# мақұлдауын}} қажет етеді; алынғаны: {have}.",
  SELF_APPROVAL: "{invoice} шот-фактурасын оның авторы өзі мақұлдаған; мұндай мақұлдау есепке алынбайды.",
  EXIT_NOT_ALLOWED: "{colour} түсінің қаражаты контурдан {exit} ретінде шыға алмайды; әрекет: {attempted}.",
  EXIT_SHARE_EXCEEDED:
    "{colour} түсі: төлемдер ({exit}) {limit} сомасынан аспауы керек (алынған {received} сомасының {limitBp} бөлігі); бұрын төленгені {alreadyExited}, осы төлемде {attempted}.",
  DUPLICATE_INVOICE: "Осы алушының {invoice} шот-фактурасы бұрын төленген.",
  EMPTY_INVOICE: "{invoice} шот-фактурасында позициялар жоқ: төлейтін ештеңе жоқ.",
  NON_POSITIVE_AMOUNT: "{subject}: саны мен сомалары нөлден үлкен болуы керек.",
};
