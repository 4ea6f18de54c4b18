export const pickersRu = {};
