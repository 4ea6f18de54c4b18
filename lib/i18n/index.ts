import { en, type TMessages } from "./messages/en";
import { kk } from "./messages/kk";
import { ru } from "./messages/ru";

export const LOCALES = ["en", "ru", "kk"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "ru";
export const LOCALE_COOKIE = "aiqyn-locale";

export const isLocale = (v: unknown): v is TLocale => typeof v === "string" && (LOCALES as readonly string[]).includes(v);

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type TMessageKey = Leaves<TMessages>;
export type TParams = Record<string, string | number | bigint>;

function lookup(tree: unknown, key: string): string | undefined {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

const chains: Record<TLocale, unknown[]> = { en: [en], ru: [ru, en], kk: [kk, ru, en] };

export function interpolate(template: string, params?: TParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Looks a key up in the locale, then its fallbacks; a dynamic key that exists nowhere comes back as itself. */
export function translate(locale: TLocale, key: string, params?: TParams): string {
  for (const tree of chains[locale]) {
    const hit = lookup(tree, key);
    if (hit !== undefined) return interpolate(hit, params);
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

/** A name kept in English and Russian, in the reader's language (Kazakh readers get the Russian one). */
export function localizedName(locale: TLocale, name: string, nameRu?: string | null): string {
  return locale !== "en" && nameRu ? nameRu : name;
}
