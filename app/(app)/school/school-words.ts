import type { TTranslate } from "@/lib/i18n";
import type { TListStatus } from "@/lib/meals/school-screens";
import { PUPIL_CATEGORIES } from "@/lib/meals/school-forms";

/** A month's list in a few words: not built, waiting for the director, or approved. */
export function listStatusText(t: TTranslate, list: TListStatus): string {
  if (!list) return t("mealsOffice.school.listStatus.none");
  return t(list.approvedBy ? "mealsOffice.school.listStatus.approved" : "mealsOffice.school.listStatus.built", { count: list.pupils });
}

/** A category in the reader's words; one the catalogue does not know (an import's) as it was written. */
export function categoryText(t: TTranslate, category: string): string {
  return (PUPIL_CATEGORIES as readonly string[]).includes(category) ? t(`mealsOffice.categories.${category as (typeof PUPIL_CATEGORIES)[number]}`) : category;
}
