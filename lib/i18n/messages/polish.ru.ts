import type { polishEn } from "./polish.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const polishRu: Widen<typeof polishEn> = {
  approveRefused: "Правила отклоняют этот счёт в нынешнем виде (см. выше): утверждение лишь запишет ещё одну отклонённую попытку. Отклоните счёт с указанием причины или дождитесь исправленного.",
  date: {
    placeholder: "дд.мм.гггг",
    format: "Дата в виде дд.мм.гггг, например 31.12.2026.",
  },
  accountMenu: "Меню учётной записи: {name}",
};
