import { describe, expect, it } from "vitest";
import { translator } from "../i18n";
import { refusalText } from "./refusal-text";

describe("refusalText", () => {
  it.each([
    ["en", "This code was already used for a meal at 07.12.2026 02:06"],
    ["ru", "07.12.2026 02:06"],
    ["kk", "07.12.2026 02:06"],
  ] as const)("words a replayed code's first meal as a moment in Almaty time (%s)", (locale, expected) => {
    const text = refusalText(translator(locale), "MEAL_TOKEN_REPLAYED", { servedAt: "2026-12-06T21:06:23.445Z" });
    expect(text).toContain(expected);
    expect(text).not.toContain("2026-12-06T");
  });

  it("words the day as dd.mm.yyyy and the meal type in the reader's language", () => {
    const text = refusalText(translator("en"), "MEAL_ALREADY_SERVED", { mealType: "lunch", day: "2026-12-07" });
    expect(text).toContain("07.12.2026");
    expect(text).not.toContain("2026-12-07");
  });
});
