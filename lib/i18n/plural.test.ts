import { describe, expect, it } from "vitest";
import { translator } from "./index";
import { retryMessage } from "./plural";

const retry = (locale: "en" | "ru" | "kk", seconds: number) => retryMessage(translator(locale), locale, seconds);

describe("the throttled sign-in's wait, in words", () => {
  it.each([
    ["en", 1, "Too many failed attempts. Try again in 1 second."],
    ["en", 2, "Too many failed attempts. Try again in 2 seconds."],
    ["en", 59, "Too many failed attempts. Try again in 59 seconds."],
    ["en", 60, "Too many failed attempts. Try again in 1 minute."],
    ["en", 61, "Too many failed attempts. Try again in 2 minutes."],
    ["ru", 1, "Слишком много неудачных попыток. Повторите через 1 секунду."],
    ["ru", 2, "Слишком много неудачных попыток. Повторите через 2 секунды."],
    ["ru", 5, "Слишком много неудачных попыток. Повторите через 5 секунд."],
    ["ru", 21, "Слишком много неудачных попыток. Повторите через 21 секунду."],
    ["ru", 300, "Слишком много неудачных попыток. Повторите через 5 минут."],
    ["ru", 120, "Слишком много неудачных попыток. Повторите через 2 минуты."],
    ["kk", 4, "Сәтсіз әрекеттер тым көп. 4 секундтан кейін қайталаңыз."],
    ["kk", 900, "Сәтсіз әрекеттер тым көп. 15 минуттан кейін қайталаңыз."],
  ] as const)("%s, %i s", (locale, seconds, text) => {
    expect(retry(locale, seconds)).toBe(text);
  });
});
