import type { sessionsEn } from "./sessions.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Kazakh nouns keep their singular form after a numeral ("5 секунд" is "5 секунд", not a plural), so every
// category reads the same. Needs a native speaker's review.
export const sessionsKk: Widen<typeof sessionsEn> = {
  retry: {
    seconds: {
      one: "Сәтсіз әрекеттер тым көп. {count} секундтан кейін қайталаңыз.",
      few: "Сәтсіз әрекеттер тым көп. {count} секундтан кейін қайталаңыз.",
      many: "Сәтсіз әрекеттер тым көп. {count} секундтан кейін қайталаңыз.",
      other: "Сәтсіз әрекеттер тым көп. {count} секундтан кейін қайталаңыз.",
    },
    minutes: {
      one: "Сәтсіз әрекеттер тым көп. {count} минуттан кейін қайталаңыз.",
      few: "Сәтсіз әрекеттер тым көп. {count} минуттан кейін қайталаңыз.",
      many: "Сәтсіз әрекеттер тым көп. {count} минуттан кейін қайталаңыз.",
      other: "Сәтсіз әрекеттер тым көп. {count} минуттан кейін қайталаңыз.",
    },
  },
  menu: "Сеанстарыңыз",
  title: "Сеанстарыңыз",
  intro: "Қазір жүйеге кірген жерлеріңіз. Сеанс {idle} сағат әрекетсіз болғанда және кіргеннен кейін ең кешікпегенде {absolute} сағаттан соң аяқталады. Танымайтын сеанстарды аяқтап, құпиясөзіңізді ауыстырыңыз.",
  tableLabel: "Белсенді сеанстар",
  columns: { device: "Құрылғы", address: "Мекенжай", signedIn: "Кірген уақыты", lastActive: "Соңғы белсенділік", actions: "Әрекеттер" },
  device: "{browser}, {os}",
  unknownDevice: "Белгісіз құрылғы",
  unknownAddress: "Белгісіз",
  thisSession: "Осы сеанс",
  signOut: "Аяқтау",
  signOutOthers: "Басқа құрылғылардың бәрінен шығу",
  signedOutOne: "Сеанс аяқталды.",
  signedOutOthers: "Басқа сеанстардың бәрі аяқталды.",
  noOthers: "Басқа белсенді сеанс жоқ.",
  password: "Құпиясөзіңіз",
  passwordHint: "Сеансты аяқтау үшін оны енгізіңіз: қараусыз қалған компьютер басқа сеанстарыңызды аяқтай алмайды.",
  passwordWrong: "Құпиясөз қате. Ешбір сеанс аяқталмады.",
};
