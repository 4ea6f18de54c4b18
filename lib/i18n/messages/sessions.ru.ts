import type { sessionsEn } from "./sessions.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const sessionsRu: Widen<typeof sessionsEn> = {
  retry: {
    seconds: "Слишком много неудачных попыток. Повторите через {count, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}.",
    minutes: "Слишком много неудачных попыток. Повторите через {count, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}.",
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
  password: "Ваш пароль",
  passwordHint: "Введите его, чтобы завершить сеанс: оставленный без присмотра компьютер не сможет завершить ваши сеансы.",
  passwordWrong: "Пароль неверен. Ни один сеанс не завершён.",
};
