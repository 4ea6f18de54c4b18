import type { rulesEn } from "./rules.en";

export const rulesRu: Record<keyof typeof rulesEn, string> = {
  COLOUR_EXPIRED: "Срок действия цвета {colour} истёк {expiredAt}; платёж предпринят {attemptedAt}.",
  COLOUR_FROZEN: "Цвет {colour} заморожен следователем: его средства не могут перемещаться.",
  COLOUR_CLOSED: "Цвет {colour} закрыт: его средства больше не могут перемещаться.",
  ACCOUNT_FROZEN: "Счёт плательщика в цвете {colour} заморожен: его средства не могут перемещаться.",
  INSUFFICIENT_BALANCE: "Недостаточно средств в цвете {colour}: остаток {balance}, требуется {attempted}.",
  PAYEE_NOT_REGISTERED: "Получатель «{payee}» не зарегистрирован как подрядчик.",
  PAYEE_DEBARRED: "Получатель «{payee}» отстранён и не может получать бюджетные средства.",
  PAYEE_OUTSIDE_CHAIN: "У получателя «{payee}» нет договора в цепочке цвета {colour}.",
  ITEM_NOT_IN_ESTIMATE: "Позиции {item} нет в смете.",
  ITEM_NOT_ALLOWED: "Позицию {item} «{itemName}» нельзя оплачивать средствами цвета {colour} (версия правил {version}).",
  UNIT_MISMATCH: "Позиция {item} «{itemName}»: в смете указана единица {unit}, в счёте — {attempted}.",
  QUANTITY_ABOVE_ESTIMATE:
    "Позиция {item} «{itemName}»: по смете {estimate}, уже выставлено {billed}, в этом счёте {attempted}; осталось только {remaining}.",
  PRICE_ABOVE_CEILING: "Позиция {item} «{itemName}»: цена за единицу {attempted} выше сметного предела {ceiling} за {unit}.",
  UNIT_PRICE_ABOVE_CONTRACT: "Позиция {item} «{itemName}»: цена за единицу {attempted} выше предела вашего договора {ceiling} за {unit}.",
  ADVANCE_LIMIT:
    "Счёт {invoice}: авансы не могут превышать {limit} ({limitBp} от суммы договора {contractValue}); уже выплачено {alreadyPaid}, в этом счёте {attempted}.",
  SECOND_APPROVAL_MISSING:
    "Счёт {invoice} на сумму {amount} (порог согласования {threshold}): нужно {required, plural, one {# согласование} few {# согласования} many {# согласований} other {# согласования}} должностных лиц, кроме автора; получено: {have}.",
  SELF_APPROVAL: "Счёт {invoice} согласован его же автором; такое согласование не засчитывается.",
  EXIT_NOT_ALLOWED: "Средства цвета {colour} не могут выйти из контура как {exit}; попытка: {attempted}.",
  EXIT_SHARE_EXCEEDED:
    "Цвет {colour}: выплаты ({exit}) не могут превышать {limit} ({limitBp} от полученных {received}); уже выплачено {alreadyExited}, в этом платеже {attempted}.",
  DUPLICATE_INVOICE: "Счёт {invoice} этого получателя уже оплачен.",
  EMPTY_INVOICE: "В счёте {invoice} нет позиций: оплачивать нечего.",
  NON_POSITIVE_AMOUNT: "{subject}: количество и суммы должны быть больше нуля.",
};
