export const pickersKk = {};
