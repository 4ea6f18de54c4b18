import type { invoiceQueueEn } from "./invoice-queue.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const invoiceQueueRu: Widen<typeof invoiceQueueEn> = {
  filtersLabel: "Фильтр счетов",
  status: "Статус",
  statuses: {
    pending: "Ожидают решения (поданы или одобрены один раз)",
    submitted: "Поданы",
    approved: "Одобрены один раз",
    paid: "Оплачены",
    rejected: "Отклонены",
    withdrawn: "Отозваны",
    all: "Все статусы",
  },
  project: "Проект",
  allProjects: "Все проекты",
  contractor: "Подрядчик",
  contractorPlaceholder: "Название или БИН",
  min: "Сумма от, ₸",
  max: "Сумма до, ₸",
  from: "Поданы с",
  to: "Поданы по",
  apply: "Применить",
  reset: "Сбросить фильтры",
  csv: "Скачать CSV",
  csvHeader: { number: "Счёт", contract: "Договор", contractor: "Подрядчик", bin: "БИН", project: "Проект", submitted: "Подан", amount: "Сумма, KZT", status: "Статус" },
  ignored: "{count, plural, one {Этот фильтр не удалось прочитать, он не применён: {fields}.} few {Эти фильтры не удалось прочитать, они не применены: {fields}.} many {Эти фильтры не удалось прочитать, они не применены: {fields}.} other {Эти фильтры не удалось прочитать, они не применены: {fields}.}}",
  fields: { project: "проект", min: "сумма от", max: "сумма до (меньше, чем «от»?)", from: "поданы с", to: "поданы по (раньше, чем «с»?)" },
  emptyFiltered: "Нет счетов, подходящих под эти фильтры.",
};
