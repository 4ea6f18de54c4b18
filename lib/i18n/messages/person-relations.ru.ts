// Relations between persons (spouse, sibling, child, parent), maintained by investigators and imported (decision 0164).
export const personRelationsRu = {
  codes: {
    RELATION_TO_SELF: "Человек не может быть родственником самому себе.",
    RELATION_EXISTS: "Эти двое уже связаны: сначала удалите эту связь.",
  },
  kinds: { spouse: "супруг(а)", sibling: "брат или сестра", child: "ребёнок", parent: "родитель" },
};
