import { describe, expect, it } from "vitest";
import { en } from "./messages/en";
import { kk } from "./messages/kk";
import { ru } from "./messages/ru";
import { negotiateLocale, translate } from "./index";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
}

describe("message catalogue", () => {
  it("Russian has every English key", () => {
    expect(keys(ru).sort()).toEqual(keys(en).sort());
  });

  it("placeholders match between English and Russian", () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    for (const key of keys(en)) expect(ph(translate("ru", key)), key).toBe(ph(translate("en", key)));
  });

  it("every Kazakh string has a key in English and exactly its placeholders", () => {
    const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
    const enKeys = new Set(keys(en));
    const kkKeys = keys(kk);
    expect(kkKeys.length).toBeGreaterThan(0);
    for (const key of kkKeys) {
      expect(enKeys.has(key), key).toBe(true);
      expect(ph(translate("kk", key)), key).toBe(ph(translate("en", key)));
    }
  });

  it("Kazakh falls back to Russian, then English", () => {
    expect(translate("kk", "nav.home")).toBe("Шолу");
    // Kazakh is now (nearly) complete, so check the chain on every key: Kazakh text where there is one, else Russian.
    const kkKeys = new Set(keys(kk));
    for (const key of keys(en)) {
      if (!kkKeys.has(key)) expect(translate("kk", key), key).toBe(translate("ru", key));
      else expect(translate("kk", key), key).not.toBe(key);
    }
    expect(translate("kk", "no.such.key")).toBe("no.such.key");
  });

  it("interpolates parameters", () => {
    expect(translate("en", "home.welcome", { name: "Aigerim" })).toBe("Welcome, Aigerim");
  });

  it.each([
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
    ["en-US,en;q=0.9", "en"],
    ["kk-KZ", "kk"],
    ["de-DE", "ru"],
    [null, "ru"],
    ["en;q=0.5,kk;q=0.9", "kk"],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
