import { formatDateTime } from "../dates";
import { textFromDay } from "../day-text";
import type { TTranslate } from "../i18n";
import { MEAL_TYPES, type TMealType } from "./rules";

// A scan's refusal in the reader's words (meals.refusals.<code>): the meal type worded, the school named, the day dd.mm.yyyy,
// a moment (a replayed code's first meal) as dd.mm.yyyy hh:mm in Almaty. Pure, for
// the canteen's phone and the operator's list alike.

export function refusalText(t: TTranslate, code: string, params: Record<string, string>, schoolName: (id: string) => string | undefined = () => undefined): string {
  const words: Record<string, string> = { ...params };
  if (MEAL_TYPES.includes(words.mealType as TMealType)) words.mealType = t(`meals.mealTypes.${words.mealType as TMealType}`);
  if (words.school) words.school = schoolName(words.school) ?? words.school;
  // A day as every date reads here (dd.mm.yyyy), not the ISO day the scan's answer carries.
  if (words.day) words.day = textFromDay(words.day);
  // A moment as every moment reads here (Almaty time), not the ISO instant the database wrote.
  if (words.servedAt && !Number.isNaN(Date.parse(words.servedAt))) words.servedAt = formatDateTime(new Date(words.servedAt));
  return t(`meals.refusals.${code}` as Parameters<TTranslate>[0], words);
}
