import type { notificationsEn } from "./notifications.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const notificationsRu: Widen<typeof notificationsEn> = {
  nav: "Уведомления",
  bell: "{count, plural, =0 {Уведомления, непрочитанных нет} one {Уведомления, # непрочитанное} few {Уведомления, # непрочитанных} many {Уведомления, # непрочитанных} other {Уведомления, # непрочитанного}}",
  title: "Уведомления",
  intro: "Что произошло и касается вас: счета, ждущие решения, оплаченные или отклонённые, цвета, срок которых истекает, заморозки, порученные вам дела. Каждое ведёт к тому, о чём оно.",
  filtersLabel: "Показать уведомления",
  filter: { all: "Все", unread: "Непрочитанные" },
  columns: { when: "Когда", message: "Что произошло", status: "Статус" },
  unread: "Не прочитано",
  read: "Прочитано",
  open: "Открыть",
  markRead: "Отметить прочитанным",
  markAll: "Отметить все прочитанными",
  markedAll: "{count, plural, =0 {Непрочитанных не было.} one {# уведомление отмечено прочитанным.} few {# уведомления отмечены прочитанными.} many {# уведомлений отмечены прочитанными.} other {# уведомления отмечены прочитанными.}}",
  markedOne: "Уведомление отмечено прочитанным.",
  empty: "Уведомлений пока нет. Здесь появится сообщение, когда счёт ждёт вашего решения, оплачен или отклонён, когда срок цвета подходит к концу или что-то заморожено.",
  emptyUnread: "Непрочитанных нет.",
  kinds: {
    invoice_waiting: "Счёт {number} от {issuer} на {amount} ждёт вашего решения ({project}).",
    invoice_paid: "Счёт {number} на {amount} одобрен и оплачен {paidOn}.",
    invoice_rejected: "Счёт {number} на {amount} отклонён. Причина: {reason}",
    colour_expiring_30: "Цвет №{colour} проекта «{project}» истекает {expiresOn}: {days, plural, one {остался # день} few {осталось # дня} many {осталось # дней} other {осталось # дня}}.",
    colour_expiring_7: "Цвет №{colour} проекта «{project}» истекает {expiresOn}: {days, plural, one {остался всего # день} few {осталось всего # дня} many {осталось всего # дней} other {осталось всего # дня}}, чтобы израсходовать или вернуть средства.",
    colour_frozen: "Цвет №{colour} проекта «{project}» заморожен следователем. Причина: {reason}",
    account_frozen: "Счёт {company} в цвете №{colour} («{project}») заморожен следователем. Причина: {reason}",
    case_assigned: "{by} поручил(а) вам дело №{case} «{title}».",
    unknown: "Уведомление, которое эта версия портала не может показать.",
  },
  feedback: {
    dismiss: "Закрыть",
    projectCreated: "Проект создан. Смета сохранена; выделите средства проекту отсюда.",
    subcontractRegistered: "Субподряд зарегистрирован. Он также указан в договоре, из которого выделен.",
    estimateChanged: "Смета сохранена как новая версия.",
    invoiceSaved: "Счёт сохранён.",
    caseOpened: "Дело открыто.",
  },
};
