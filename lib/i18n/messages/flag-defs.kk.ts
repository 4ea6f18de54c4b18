import type { flagDefsEn } from "./flag-defs.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const flagDefsKk: Widen<typeof flagDefsEn> = {
  ocp: "Open Contracting Partnership тәуекел белгілері (2024): {ids}.",
  ocpNone: "Сатып алулар мен шарттарды бағалайтын Open Contracting Partnership тәуекел белгілері каталогының (2024) бірде-бір индикаторы төлемдердің бұл көрінісіне сәйкес келмейді.",
};
