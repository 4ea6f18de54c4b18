// Relations between persons (spouse, sibling, child, parent), maintained by investigators and imported (decision 0164).
export const personRelationsKk = {
  codes: {
    RELATION_TO_SELF: "Адам өзіне-өзі туыс бола алмайды.",
    RELATION_EXISTS: "Бұл екі адам бұрыннан байланысты: алдымен сол байланысты жойыңыз.",
  },
  kinds: { spouse: "жұбайы", sibling: "бауыры", child: "баласы", parent: "ата-анасы" },
};
