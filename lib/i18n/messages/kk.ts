import type { TMessages } from "./en";

type DeepPartial<T> = { [K in keyof T]?: T[K] extends string ? string : DeepPartial<T[K]> };

// Kazakh where we are confident; anything missing falls back to Russian. Needs a native speaker's review.
export const kk: DeepPartial<TMessages> = {
  app: { tagline: "Нысаналы бюджет қаражаты — әр тиынына дейін қадағаланады", skipToContent: "Мазмұнға өту" },
  locale: { label: "Тіл" },
  roles: { official: "Министрлік қызметкері", contractor: "Мердігер", investigator: "Тергеуші", admin: "Әкімші" },
  orgKinds: { ministry: "Министрлік", treasury: "Қазынашылық", company: "Компания", agency: "Агенттік" },
  nav: { label: "Негізгі мәзір", home: "Шолу", users: "Пайдаланушылар", budget: "Бюджеттік бағдарламалар", projects: "Жобалар", invoices: "Шот-фактуралар" },
  shell: { signedInAs: "Сіз {name} ретінде кірдіңіз", signOut: "Шығу", signOutEverywhere: "Барлық құрылғылардан шығу" },
  auth: {
    title: "Aiqyn жүйесіне кіру",
    email: "E-mail",
    password: "Құпиясөз",
    submit: "Кіру",
    invalid: "E-mail немесе құпиясөз қате.",
    signedOut: "Сіз жүйеден шықтыңыз.",
  },
  home: { title: "Шолу", welcome: "Қош келдіңіз, {name}" },
  budget: { title: "Бюджеттік бағдарламалар" },
  users: { title: "Пайдаланушылар", active: "Белсенді", inactive: "Өшірілген" },
  common: { search: "Іздеу", previous: "Артқа", next: "Алға", yes: "Иә", no: "Жоқ" },
  errors: { notFoundTitle: "Табылмады" },
};
