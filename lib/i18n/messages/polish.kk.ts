import type { polishEn } from "./polish.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Needs a native speaker's review.
export const polishKk: Widen<typeof polishEn> = {
  approveRefused: "Ережелер бұл шот-фактураны қазіргі күйінде қабылдамайды (жоғарыда қараңыз): мақұлдау тек тағы бір қабылданбаған әрекетті жазады. Себебін көрсетіп қабылдамаңыз немесе түзетілген шот-фактураны күтіңіз.",
  date: {
    placeholder: "кк.аа.жжжж",
    format: "Күн кк.аа.жжжж түрінде, мысалы 31.12.2026.",
  },
  accountMenu: "Есептік жазба мәзірі: {name}",
};
