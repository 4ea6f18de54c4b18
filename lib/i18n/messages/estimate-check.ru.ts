// Каким может быть код, категория и единица позиции сметы (lib/projects/estimate-check.ts), issue 19.
import type { estimateCheckEn } from "./estimate-check.en";

export const estimateCheckRu: typeof estimateCheckEn = {
  columns: { code: "Код", name: "Наименование", category: "Категория", unit: "Ед.", quantity: "Количество", price: "Предельная цена" },
  problems: {
    BAD_ITEM_CODE: "«{value}» — не код позиции: укажите код ЕНС ТРУ (например, 236310.100.000003) или собственный код строки сметы, начинающийся с буквы (например, A-1)",
    BAD_CATEGORY: "«{value}» — не класс КПВЭД: две цифры и до трёх групп из одной-двух цифр (например, 23.63)",
    UNIT_SPELLING: "«{value}» в смете пишется «{spelling}»",
  },
  fields: {
    itemCode: "Код ЕНС ТРУ (например, 236310.100.000003) или код строки сметы, начинающийся с буквы (например, A-1).",
    category: "Класс КПВЭД, например 23.63.",
  },
};
