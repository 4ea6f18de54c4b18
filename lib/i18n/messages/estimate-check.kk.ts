// Смета позициясының коды, санаты және бірлігі қандай болуы мүмкін (lib/projects/estimate-check.ts), issue 19.
import type { estimateCheckEn } from "./estimate-check.en";

export const estimateCheckKk: typeof estimateCheckEn = {
  columns: { code: "Код", name: "Атауы", category: "Санаты", unit: "Бірл.", quantity: "Саны", price: "Шекті баға" },
  problems: {
    BAD_ITEM_CODE: "«{value}» позиция коды емес: ЕНС ТРУ кодын (мысалы, 236310.100.000003) немесе сметаның әріптен басталатын өз жол кодын (мысалы, A-1) жазыңыз",
    BAD_CATEGORY: "«{value}» ЭҚЖЖ/КПВЭД сыныбы емес: екі цифр, одан кейін бір-екі цифрлық үш топқа дейін (мысалы, 23.63)",
    UNIT_SPELLING: "«{value}» сметада «{spelling}» деп жазылады",
  },
  fields: {
    itemCode: "ЕНС ТРУ коды (мысалы, 236310.100.000003) немесе сметаның әріптен басталатын жол коды (мысалы, A-1).",
    category: "КПВЭД сыныбы, мысалы 23.63.",
  },
};
