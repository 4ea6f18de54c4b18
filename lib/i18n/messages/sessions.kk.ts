import type { sessionsEn } from "./sessions.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Kazakh nouns keep their singular form after a numeral, so both CLDR categories (one, other) read the same.
// Needs a native speaker's review.
export const sessionsKk: Widen<typeof sessionsEn> = {
  retry: {
    seconds: "Сәтсіз әрекеттер тым көп. {count, plural, one {# секундтан} other {# секундтан}} кейін қайталаңыз.",
    minutes: "Сәтсіз әрекеттер тым көп. {count, plural, one {# минуттан} other {# минуттан}} кейін қайталаңыз.",
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
