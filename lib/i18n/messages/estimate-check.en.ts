// What an estimate item's code, category and unit may look like (lib/projects/estimate-check.ts), issue 19.
export const estimateCheckEn = {
  columns: { code: "Code", name: "Name", category: "Category", unit: "Unit", quantity: "Quantity", price: "Ceiling price" },
  problems: {
    BAD_ITEM_CODE: "«{value}» is not an item code: write the ЕНС ТРУ code (e.g. 236310.100.000003) or the estimate's own line code starting with a letter (e.g. A-1)",
    BAD_CATEGORY: "«{value}» is not a КПВЭД class: two digits, then up to three groups of one or two digits (e.g. 23.63)",
    UNIT_SPELLING: "«{value}» is written «{spelling}» in an estimate",
  },
  fields: {
    itemCode: "An ЕНС ТРУ code (e.g. 236310.100.000003) or the estimate's own line code starting with a letter (e.g. A-1).",
    category: "A КПВЭД class, e.g. 23.63.",
  },
};
