import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import kk from "./messages/kk.json";
import ru from "./messages/ru.json";
import { compileMessage, LOCALES, negotiateLocale, placeholdersOf, translate, type TLocale } from "./index";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v as object, `${prefix}${k}.`)));
}
/** Every key and section, in file order. */
const paths = (tree: object, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => [prefix + k, ...(typeof v === "string" ? [] : paths(v as object, `${prefix}${k}.`))]);
const own = (tree: unknown, key: string): string | undefined => {
  const hit = key.split(".").reduce<unknown>((n, p) => (n && typeof n === "object" && Object.hasOwn(n, p) ? (n as Record<string, unknown>)[p] : undefined), tree);
  return typeof hit === "string" ? hit : undefined;
};

const TREES: Record<TLocale, object> = { en, ru, kk };
const EN_KEYS = keys(en);

// Keys that a language may leave to its fallback (Kazakh → Russian → English), with the reason. Empty today:
// every English key has its own Russian and Kazakh sentence.
const FALLS_BACK: Record<Exclude<TLocale, "en">, Record<string, string>> = { ru: {}, kk: {} };

type TElements = ReturnType<ReturnType<typeof compileMessage>["getAst"]>;

/** Every plural element of a message (a select has no pluralType), with the categories and "=n" cases it lists. */
function plurals(elements: TElements): { name: string; options: string[] }[] {
  return elements.flatMap((el) => {
    const nested = "options" in el ? Object.values(el.options).flatMap((o) => plurals(o.value)) : [];
    return "pluralType" in el ? [{ name: el.value, options: Object.keys(el.options) }, ...nested] : nested;
  });
}

describe("message catalogue", () => {
  it.each(["ru", "kk"] as const)("%s has every English key, or a documented fallback, and no key English lacks", (locale) => {
    const mine = new Set(keys(TREES[locale]));
    expect(EN_KEYS.filter((key) => !mine.has(key) && !Object.hasOwn(FALLS_BACK[locale], key))).toEqual([]);
    expect([...mine].filter((key) => !EN_KEYS.includes(key))).toEqual([]);
  });

  // The catalogues are data for translators' tools (decision 0278): nested objects of strings only, in
  // JSON.stringify's two-space form, Russian and Kazakh in the English order, so that a diff shows only what changed.
  it.each(LOCALES)("%s.json holds only strings, two-space indented, keys in the English order", (locale) => {
    const text = readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), "utf8");
    const tree: unknown = JSON.parse(text);
    const notText = (node: unknown, at: string): string[] =>
      typeof node === "string" ? [] : node && typeof node === "object" && !Array.isArray(node) ? Object.entries(node).flatMap(([k, v]) => notText(v, `${at}${k}.`)) : [at];
    expect(notText(tree, "")).toEqual([]);
    expect(text).toBe(`${JSON.stringify(tree, null, 2)}\n`);
    const [english, mine] = [paths(en), paths(TREES[locale])];
    const [inEnglish, inMine] = [new Set(english), new Set(mine)];
    expect(mine.filter((p) => inEnglish.has(p))).toEqual(english.filter((p) => inMine.has(p)));
  });

  it.each(LOCALES)("every %s message parses as ICU MessageFormat", (locale) => {
    const broken: string[] = [];
    for (const key of keys(TREES[locale])) {
      try {
        compileMessage(locale, own(TREES[locale], key)!);
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(LOCALES)("every plural in %s lists the CLDR categories its language needs", (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const key of keys(TREES[locale])) {
      for (const p of plurals(compileMessage(locale, own(TREES[locale], key)!).getAst())) {
        const absent = needed.filter((c) => !p.options.includes(c));
        if (absent.length > 0) missing.push(`${key} {${p.name}}: ${absent.join(", ")}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(["ru", "kk"] as const)("%s uses exactly the English placeholders", (locale) => {
    for (const key of EN_KEYS) {
      const mine = own(TREES[locale], key);
      if (mine !== undefined) expect(new Set(placeholdersOf(mine, locale)), `${locale} ${key}`).toEqual(new Set(placeholdersOf(own(en, key)!)));
    }
  });

  it("Kazakh falls back to Russian, then English", () => {
    expect(translate("kk", "nav.home")).toBe("Шолу");
    expect(translate("kk", "no.such.key")).toBe("no.such.key");
    expect(translate("ru", "no.such.key")).toBe("no.such.key");
  });

  it("interpolates parameters; a missing one stays visible", () => {
    expect(translate("en", "home.welcome", { name: "Aigerim" })).toBe("Welcome, Aigerim");
    expect(translate("en", "home.welcome")).toBe("Welcome, {name}");
    expect(translate("en", "home.welcome", { constructor: "x" })).toBe("Welcome, {name}");
  });

  it("a bigint parameter formats, exact however large", () => {
    expect(translate("en", "home.welcome", { name: 12n })).toBe("Welcome, 12");
    expect(translate("en", "home.welcome", { name: 2n ** 70n })).toBe(`Welcome, ${2n ** 70n}`);
    expect(translate("en", "invoices.refused", { count: 1n })).toBe("1 refused attempt");
  });

  it("a count already written as text still counts", () => {
    expect(translate("ru", "auditLog.csvLimit", { max: "10\u00A0000" })).toContain("не более 10\u00A0000 строк,");
    expect(translate("en", "invoices.refused", { count: "2" })).toBe("2 refused attempts");
    expect(translate("en", "project.documentList.size", { size: "1\u00A0536" })).toBe("1\u00A0536 KB");
    expect(translate("ru", "company.errors.ACT_TOO_LARGE", { file: "a", sizeMb: "12.3", maxMb: "10" })).toContain("12,3 МБ");
  });

  it.each([
    ["en", 1, "1 refused attempt"],
    ["en", 2, "2 refused attempts"],
    ["en", 1000, "1\u00A0000 refused attempts"],
  ] as const)("counts: %s %i", (locale, count, text) => {
    expect(translate(locale, "invoices.refused", { count })).toBe(text);
  });

  it.each([
    ["en", 1, "in 1 day:"],
    ["en", 19, "in 19 days:"],
    ["ru", 1, "через 1 день:"],
    ["ru", 3, "через 3 дня:"],
    ["ru", 19, "через 19 дней:"],
    ["ru", 21, "через 21 день:"],
    ["kk", 19, "19 күннен кейін:"],
  ] as const)("days until expiry: %s %i", (locale, days, text) => {
    expect(translate(locale, "company.dashboard.expiring", { colour: "7", project: "P", date: "01.01.2027", days, amount: "1 ₸" })).toContain(text);
  });

  it.each([
    ["ru", 1, "Не более 1 символа."],
    ["ru", 4, "Не более 4 символов."],
    ["ru", 2000, "Не более 2\u00A0000 символов."],
    ["en", 1, "At most 1 character."],
  ] as const)("character limits: %s %i", (locale, max, text) => {
    expect(translate(locale, "errors.fields.tooLong", { max })).toBe(text);
  });

  it.each([
    ["en", "The file big.pdf is 11,0 MB; at most 10 MB. Nothing was saved.", "1\u00A0536 KB"],
    ["ru", "Файл big.pdf занимает 11,0 МБ; допускается не более 10 МБ. Ничего не сохранено.", "1\u00A0536 КБ"],
  ] as const)("sizes are numbers for the reader: %s", (locale, tooLarge, size) => {
    expect(translate(locale, "company.errors.ACT_TOO_LARGE", { file: "big.pdf", sizeMb: "11.0", maxMb: 10 })).toBe(tooLarge);
    expect(translate(locale, "project.documentList.size", { size: 1536 })).toBe(size);
  });

  it.each(["en", "ru", "kk"] as const)("numbers in messages follow money's convention in %s (decision 0251)", (locale) => {
    const format = (n: number) => compileMessage(locale, "{n, number}").format({ n });
    expect(format(0.1)).toBe("0,1");
    expect(format(48000)).toBe("48\u00A0000");
    expect(format(1200.5)).toBe("1\u00A0200,5");
  });

  it("a Russian sentence reached from Kazakh keeps the Russian plural rules", () => {
    // Every key has Kazakh now, so the chain is checked on a message compiled for Russian directly.
    expect(compileMessage("ru", "{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}").format({ n: 5 })).toBe("5 дней");
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
