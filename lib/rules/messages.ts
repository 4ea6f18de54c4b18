// UI sentences for rule violations. Placeholders are the violation's params, which arrive raw (tiyn,
// thousandths of a unit, ISO dates): the page formats them for the reader before interpolating. Every
// placeholder here is a key the rule really sets — messages.test.ts holds the two to each other.
import type { TRuleCode } from "./types";

export type TRuleMessage = { en: string; ru: string };

export const RULE_MESSAGES: Record<TRuleCode, TRuleMessage> = {
  COLOUR_EXPIRED: {
    en: "Colour {colour} expired at {expiredAt}; the payment was attempted at {attemptedAt}.",
    ru: "Срок действия цвета {colour} истёк {expiredAt}; платёж предпринят {attemptedAt}.",
  },
  COLOUR_FROZEN: {
    en: "Colour {colour} is frozen by an investigator: its money cannot move.",
    ru: "Цвет {colour} заморожен следователем: его средства не могут перемещаться.",
  },
  COLOUR_CLOSED: {
    en: "Colour {colour} is closed: none of its money can move any more.",
    ru: "Цвет {colour} закрыт: его средства больше не могут перемещаться.",
  },
  ACCOUNT_FROZEN: {
    en: "The payer's account in colour {colour} is frozen: its money cannot move.",
    ru: "Счёт плательщика в цвете {colour} заморожен: его средства не могут перемещаться.",
  },
  INSUFFICIENT_BALANCE: {
    en: "Insufficient balance in colour {colour}: balance {balance}, attempted {attempted}.",
    ru: "Недостаточно средств в цвете {colour}: остаток {balance}, требуется {attempted}.",
  },
  PAYEE_NOT_REGISTERED: {
    en: "Payee «{payee}» is not a registered contractor.",
    ru: "Получатель «{payee}» не зарегистрирован как подрядчик.",
  },
  PAYEE_DEBARRED: {
    en: "Payee «{payee}» is debarred and may not receive public money.",
    ru: "Получатель «{payee}» отстранён и не может получать бюджетные средства.",
  },
  PAYEE_OUTSIDE_CHAIN: {
    en: "Payee «{payee}» has no contract in the chain of colour {colour}.",
    ru: "У получателя «{payee}» нет договора в цепочке цвета {colour}.",
  },
  ITEM_NOT_IN_ESTIMATE: {
    en: "Item {item} is not in the estimate.",
    ru: "Позиции {item} нет в смете.",
  },
  ITEM_NOT_ALLOWED: {
    en: "Item {item} «{itemName}» may not be paid for with colour {colour} (rules version {version}).",
    ru: "Позицию {item} «{itemName}» нельзя оплачивать средствами цвета {colour} (версия правил {version}).",
  },
  UNIT_MISMATCH: {
    en: "Item {item} «{itemName}»: the estimate counts it in {unit}, the invoice in {attempted}.",
    ru: "Позиция {item} «{itemName}»: в смете указана единица {unit}, в счёте — {attempted}.",
  },
  QUANTITY_ABOVE_ESTIMATE: {
    en: "Item {item} «{itemName}»: estimate {estimate} {unit}, already billed {billed} {unit}, this invoice {attempted} {unit}; only {remaining} {unit} remain.",
    ru: "Позиция {item} «{itemName}»: по смете {estimate} {unit}, уже выставлено {billed} {unit}, в этом счёте {attempted} {unit}; осталось только {remaining} {unit}.",
  },
  PRICE_ABOVE_CEILING: {
    en: "Item {item} «{itemName}»: unit price {attempted} is above the estimate ceiling {ceiling} per {unit}.",
    ru: "Позиция {item} «{itemName}»: цена за единицу {attempted} выше сметного предела {ceiling} за {unit}.",
  },
  // The contract tier of the ceiling rule (issue 14). Its texts, kk included, are also in
  // lib/i18n/messages/rules-tiers.*.ts for the catalogues that replace this file.
  UNIT_PRICE_ABOVE_CONTRACT: {
    en: "Item {item} «{itemName}»: unit price {attempted} is above your contract's ceiling {ceiling} per {unit}.",
    ru: "Позиция {item} «{itemName}»: цена за единицу {attempted} выше предела вашего договора {ceiling} за {unit}.",
  },
  ADVANCE_LIMIT: {
    en: "Invoice {invoice}: advances may reach {limit} ({limitBp} basis points of the contract value {contractValue}); already paid {alreadyPaid}, this invoice {attempted}.",
    ru: "Счёт {invoice}: авансы не могут превышать {limit} ({limitBp} базисных пунктов от суммы договора {contractValue}); уже выплачено {alreadyPaid}, в этом счёте {attempted}.",
  },
  SECOND_APPROVAL_MISSING: {
    en: "Invoice {invoice} for {amount} (approval threshold {threshold}) needs {required} approvals by officials other than its creator; it has {have}.",
    ru: "Счёт {invoice} на сумму {amount} (порог согласования {threshold}) требует согласований: {required}, не считая автора; получено: {have}.",
  },
  SELF_APPROVAL: {
    en: "Invoice {invoice} was approved by its own creator; that approval does not count.",
    ru: "Счёт {invoice} согласован его же автором; такое согласование не засчитывается.",
  },
  EXIT_NOT_ALLOWED: {
    en: "Colour {colour} may not leave the circuit as {exit}; attempted {attempted}.",
    ru: "Средства цвета {colour} не могут выйти из контура как {exit}; попытка: {attempted}.",
  },
  EXIT_SHARE_EXCEEDED: {
    en: "Colour {colour}: {exit} may reach {limit} ({limitBp} basis points of {received} received); already paid {alreadyExited}, this payment {attempted}.",
    ru: "Цвет {colour}: выплаты ({exit}) не могут превышать {limit} ({limitBp} базисных пунктов от полученных {received}); уже выплачено {alreadyExited}, в этом платеже {attempted}.",
  },
  DUPLICATE_INVOICE: {
    en: "Invoice {invoice} from this payee was already paid.",
    ru: "Счёт {invoice} этого получателя уже оплачен.",
  },
  EMPTY_INVOICE: {
    en: "Invoice {invoice} has no lines: there is nothing to pay for.",
    ru: "В счёте {invoice} нет позиций: оплачивать нечего.",
  },
  NON_POSITIVE_AMOUNT: {
    en: "{subject}: quantities and amounts must be greater than zero.",
    ru: "{subject}: количество и суммы должны быть больше нуля.",
  },
};

/** Replaces `{name}` with `params.name`; an unknown placeholder stays visible rather than vanishing. */
export function renderRuleMessage(code: TRuleCode, locale: keyof TRuleMessage, params: Record<string, string>): string {
  // hasOwn, not `in`: a placeholder such as {constructor} must not reach Object.prototype.
  return RULE_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The placeholder names a template uses, for tests and for checking a catalogue. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
}
