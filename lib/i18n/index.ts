import { type Formatters, IntlMessageFormat } from "intl-messageformat";
import en from "./messages/en.json";
import kk from "./messages/kk.json";
import ru from "./messages/ru.json";

export const LOCALES = ["en", "ru", "kk"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "ru";
export const LOCALE_COOKIE = "aiqyn-locale";

export const isLocale = (v: unknown): v is TLocale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

// The catalogues are data (JSON, decision 0278); the English one is the reference, and its shape is the type
// every other language follows.
export type TMessages = typeof en;
export type TMessageKey = Leaves<TMessages>;
export type TParams = Record<string, string | number | bigint>;

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

const TREES: Record<TLocale, TMessages> = { en, ru, kk };
const CHAINS: Record<TLocale, readonly TLocale[]> = { en: ["en"], ru: ["ru", "en"], kk: ["kk", "ru", "en"] };

// Messages are ICU MessageFormat (decision 0085), compiled once per language and key. A message found in a
// fallback language is compiled with that language's plural rules: a Russian sentence reached from Kazakh
// still needs "few" and "many".
// ignoreTag: our sentences contain no markup, so "<" is a character, never the start of a rich-text tag.
type TCompiled = { format: IntlMessageFormat; names: readonly string[]; numeric: ReadonlySet<string> };
const compiled = new Map<string, TCompiled | null>();

type TElements = ReturnType<IntlMessageFormat["getAst"]>;
const NUMBER_ELEMENT = 2; // TYPE.number of @formatjs/icu-messageformat-parser: `{n, number}`

/** Every argument name a message uses, at any depth (plural and select branches included). */
function argumentNames(format: IntlMessageFormat, numericOnly = false): string[] {
  const names = new Set<string>();
  const walk = (elements: TElements) => {
    for (const el of elements) {
      const isNumeric = "pluralType" in el || el.type === NUMBER_ELEMENT;
      if ("value" in el && typeof el.value === "string" && el.type !== 0 && (!numericOnly || isNumeric)) names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
      if ("children" in el) walk(el.children);
    }
  };
  walk(format.getAst());
  return [...names];
}

// Numbers in messages (`{n, number}`, "#") follow the convention money.ts uses in every UI language: "1 363",
// "1 200,5" with a no-break space and a decimal comma (decision 0251). Plural rules and dates stay the language's own.
const NUMBER_LOCALE = "ru";
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const cached = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
  let hit = cache.get(key);
  if (hit === undefined) cache.set(key, (hit = make()));
  return hit;
};
const FORMATTERS: Formatters = {
  getNumberFormat: (_locales, opts) => cached(numberFormats, JSON.stringify(opts ?? {}), () => new Intl.NumberFormat(NUMBER_LOCALE, opts as Intl.NumberFormatOptions)),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
    cached(pluralRules, JSON.stringify(args), () => new Intl.PluralRules(...args)),
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    cached(dateFormats, JSON.stringify(args), () => new Intl.DateTimeFormat(...args)),
};

export function compileMessage(locale: TLocale, message: string): IntlMessageFormat {
  return new IntlMessageFormat(message, locale, undefined, { ignoreTag: true, formatters: FORMATTERS });
}

/** The argument names a message uses (plural branches included); throws when the message is not valid ICU. */
export const placeholdersOf = (message: string, locale: TLocale = "en"): string[] => argumentNames(compileMessage(locale, message));

function compiledFor(locale: TLocale, key: string, message: string): TCompiled | null {
  const cacheKey = `${locale}\u0000${key}`;
  let hit = compiled.get(cacheKey);
  if (hit === undefined) {
    try {
      const format = compileMessage(locale, message);
      hit = { format, names: argumentNames(format), numeric: new Set(argumentNames(format, true)) };
    } catch {
      hit = null; // a catalogue test parses every message; a broken one still shows its text rather than a 500
    }
    compiled.set(cacheKey, hit);
  }
  return hit;
}

// A count that a caller already formatted the Russian way ("10 000", "1 536", "12,5": space groups, decimal
// comma) is still a count for a plural or a number; plain digits ("2", "12.3") need nothing.
const FORMATTED_NUMBER = /^-?\d{1,3}(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?$/;

/**
 * A bigint becomes a number when it is exact as one (plural rules and "#" need numbers), else a string of its
 * digits; a plural's or number's argument given as digit text becomes a number. A missing parameter shows as
 * `{name}`: visible on the page, never a crash.
 */
function valuesFor({ names, numeric }: TCompiled, params?: TParams): Record<string, string | number> {
  const values: Record<string, string | number> = Object.create(null);
  for (const name of names) {
    const v = params && Object.hasOwn(params, name) ? params[name] : undefined;
    if (v === undefined) values[name] = `{${name}}`;
    else if (typeof v === "bigint") values[name] = v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
    else if (typeof v === "string" && numeric.has(name) && FORMATTED_NUMBER.test(v.trim())) values[name] = Number(v.trim().replace(/[ \u00A0\u202F]/g, "").replace(",", "."));
    else values[name] = v;
  }
  return values;
}

/** Looks a key up in the locale, then its fallbacks; a dynamic key that exists nowhere comes back as itself. */
export function translate(locale: TLocale, key: string, params?: TParams): string {
  for (const source of CHAINS[locale]) {
    const message = lookup(TREES[source], key);
    if (message === undefined) continue;
    const hit = compiledFor(source, key, message);
    if (!hit) return message;
    return String(hit.format.format(valuesFor(hit, params)));
  }
  return key;
}

export const hasMessage = (key: string) => lookup(en, key) !== undefined;

export type TTranslate = (key: TMessageKey, params?: TParams) => string;

export function translator(locale: TLocale): TTranslate {
  return (key, params) => translate(locale, key, params);
}

/** Picks the best supported language from an Accept-Language header. */
export function negotiateLocale(header: string | null | undefined): TLocale {
  if (!header) return DEFAULT_LOCALE;
  const wanted = header
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { tag: (tag ?? "").toLowerCase().split("-")[0] ?? "", q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) if (isLocale(tag)) return tag;
  return DEFAULT_LOCALE;
}

export { fallbackNote, localizedName, localText, nameIn, organizationNameOf, projectNamesOf, type TLocalName, type TProjectNameForms, type TLocalText, type TNames } from "./localized-name";
