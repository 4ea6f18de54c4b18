import type { TLocale, TTranslate } from "./index";

/**
 * "Try again in …": seconds under a minute, else whole minutes rounded up (a wait is never shown shorter).
 * The plural forms are the catalogue's ICU messages (sessions.retry.*); `_locale` stays for the callers.
 */
export function retryMessage(t: TTranslate, _locale: TLocale, seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 60 ? t("sessions.retry.seconds", { count: whole }) : t("sessions.retry.minutes", { count: Math.ceil(whole / 60) });
}
