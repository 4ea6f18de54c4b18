import type { sessionsEn } from "./sessions.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const sessionsRu: Widen<typeof sessionsEn> = {
  retry: {
    seconds: {
      one: "Слишком много неудачных попыток. Повторите через {count} секунду.",
      few: "Слишком много неудачных попыток. Повторите через {count} секунды.",
      many: "Слишком много неудачных попыток. Повторите через {count} секунд.",
      other: "Слишком много неудачных попыток. Повторите через {count} секунды.",
    },
    minutes: {
      one: "Слишком много неудачных попыток. Повторите через {count} минуту.",
      few: "Слишком много неудачных попыток. Повторите через {count} минуты.",
      many: "Слишком много неудачных попыток. Повторите через {count} минут.",
      other: "Слишком много неудачных попыток. Повторите через {count} минуты.",
    },
  },
  menu: "Ваши сеансы",
  title: "Ваши сеансы",
  intro: "Где выполнен вход сейчас. Сеанс завершается после {idle} ч без действий и не позднее чем через {absolute} ч после входа. Завершите сеансы, которые вы не узнаёте, и смените пароль.",
  tableLabel: "Активные сеансы",
  columns: { device: "Устройство", address: "Адрес", signedIn: "Вход", lastActive: "Последняя активность", actions: "Действия" },
  device: "{browser}, {os}",
  unknownDevice: "Неизвестное устройство",
  unknownAddress: "Неизвестен",
  thisSession: "Этот сеанс",
  signOut: "Завершить",
  signOutOthers: "Выйти на всех других устройствах",
  signedOutOne: "Сеанс завершён.",
  signedOutOthers: "Все другие сеансы завершены.",
  noOthers: "Других активных сеансов нет.",
};
