import type { investigateEn } from "./investigate.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const investigateRu: Widen<typeof investigateEn> = {
  readOnly: "Только чтение: Антикоррупционная служба видит эту запись и ничего в ней не меняет.",
  links: {
    label: "Расследование",
    traceForward: "Трассировка вперёд",
    traceBackward: "Трассировка назад",
    companyFlags: "Флаги компании",
    projectFlags: "Флаги проекта",
    openCase: "Открыть дело с этой записью",
    casesTitle: "Дела, в которых есть эта запись",
    noCases: "Пока ни в одном деле.",
    case: "Дело №{id}: {title} ({status})",
  },
  search: {
    nav: "Поиск",
    title: "Поиск",
    intro: "Все записи, которые вам доступны, в одном поиске: компания по названию или БИН, проект по названию или адресу, счёт по номеру, платёж по номеру перевода.",
    label: "Искать по всем записям",
    placeholder: "Название, БИН, номер счёта или перевода",
    start: "Введите название или БИН компании, проект, номер счёта или номер перевода (#123).",
    nothing: "По запросу «{q}» ничего не найдено.",
    kinds: { companies: "Компании", projects: "Проекты", invoices: "Счета", payments: "Платежи" },
    found: "{count, plural, =0 {нет} one {найден #} few {найдено #} many {найдено #} other {найдено #}}",
    showAll: "Показать все: {count, plural, one {#} few {#} many {#} other {#}}",
    backToAll: "← Все виды",
    columns: { record: "Запись", detail: "Подробности", amount: "Сумма" },
    none: "Записей этого вида нет.",
    payment: "Перевод #{id}",
    colour: "цвет №{id}",
  },
  csv: {
    download: "Скачать CSV (Excel)",
    ministry: "Министерство",
    address: "Адрес",
    estimateKzt: "Сумма сметы, KZT",
    parent: "Основной договор",
    valueKzt: "Сумма договора, KZT",
    billedKzt: "Выставлено, KZT",
    paidKzt: "Оплачено, KZT",
    debarredOn: "Отстранена с",
  },
};
