import type { TLocale, TTranslate } from "./index";

type TPluralKey = "sessions.retry.seconds" | "sessions.retry.minutes";
type TCategory = "one" | "few" | "many" | "other";

/** The form of a counted message for this count in this language (CLDR rules: ru has one/few/many/other). */
export function plural(t: TTranslate, locale: TLocale, key: TPluralKey, count: number): string {
  const category = new Intl.PluralRules(locale).select(count);
  const form: TCategory = category === "one" || category === "few" || category === "many" ? category : "other";
  return t(`${key}.${form}`, { count });
}

/** "Try again in …": seconds under a minute, else whole minutes rounded up (a wait is never shown shorter). */
export function retryMessage(t: TTranslate, locale: TLocale, seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? plural(t, locale, "sessions.retry.seconds", whole) : plural(t, locale, "sessions.retry.minutes", Math.ceil(whole / 60));
}
