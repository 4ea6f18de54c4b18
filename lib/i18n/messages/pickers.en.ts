export const pickersEn = {};
