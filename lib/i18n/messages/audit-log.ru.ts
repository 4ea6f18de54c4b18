import type { auditLogEn } from "./audit-log.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const auditLogRu: Widen<typeof auditLogEn> = {
  nav: "Журнал аудита",
  title: "Журнал аудита",
  intro: "Кто что сделал и кто просматривал чувствительные данные: входы, изменения, выгрузки, скачивания, отклонённые запросы. Сначала новые. Записи нельзя изменить или удалить.",
  searchLabel: "Поиск в журнале аудита",
  user: "Пользователь",
  userPlaceholder: "E-mail или имя",
  action: "Действие",
  actionPlaceholder: "например, sign_in",
  subject: "Объект",
  subjectPlaceholder: "Точно как записано",
  from: "С",
  to: "По",
  search: "Найти",
  csv: "Скачать CSV",
  csvLimit: "В выгрузке не более {max, plural, one {# строки} few {# строк} many {# строк} other {# строки}}, сначала новые: для более старых сузьте фильтры.",
  empty: "Нет событий по этим фильтрам.",
  system: "система",
  unknownUser: "пользователь №{id}",
  columns: {
    at: "Когда",
    user: "Пользователь",
    action: "Действие",
    subject: "Объект",
    details: "Подробности",
  },
  csvHeader: {
    id: "id",
    at: "время",
    user: "пользователь",
    action: "действие",
    subject: "объект",
    details: "подробности",
  },
};
