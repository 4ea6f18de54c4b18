// Relations between persons (spouse, sibling, child, parent), maintained by investigators and imported (decision 0164).
export const personRelationsEn = {
  codes: {
    RELATION_TO_SELF: "A person cannot be related to themselves.",
    RELATION_EXISTS: "These two persons are already related: remove that relation first.",
  },
  kinds: { spouse: "spouse", sibling: "sibling", child: "child", parent: "parent" },
};
