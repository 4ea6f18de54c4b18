import { z } from "zod";
import { zText } from "../text-field";
import type { TLocale, TTranslate } from "./index";

// Names of things in the reader's language (issue 19, decision 0230). Budget programmes, projects, estimate items and
// organisations keep `name` (the name as first entered: search, sorting, machine exports) and its forms in Russian,
// Kazakh and English beside it. A reader gets their language's form; a missing one falls back to another language,
// and the screen says so (components/local-name.tsx: the text with its `lang` and a small language tag).

export const NAME_LANGUAGES = ["ru", "kk", "en"] as const satisfies readonly TLocale[];

export type TNames = { name: string; nameRu?: string | null; nameKk?: string | null; nameEn?: string | null };
/** A name as one reader sees it: `lang` is the language the text is in (null: not known), `isFallback` when not theirs. */
export type TLocalName = { text: string; lang: TLocale | null; isFallback: boolean };

// Which language a reader would rather read when theirs is missing: Kazakh readers read Russian (as the catalogues'
// fallback, lib/i18n/index.ts), Russian and English readers each other's before Kazakh.
const FALLBACKS: Record<TLocale, readonly TLocale[]> = { kk: ["kk", "ru", "en"], ru: ["ru", "en", "kk"], en: ["en", "ru", "kk"] };

// A language's form; when it was never given, `name` itself if its letters are of that language (an organisation created
// with only `name` and `nameRu` still reads "Steppe Asphalt LLP" in English, not its Russian name as a fallback).
// Only when some other form is given and `name` is none of them (a name with no forms at all reads as it is).
const givenForm = (names: TNames, lang: TLocale) => (lang === "ru" ? names.nameRu : lang === "kk" ? names.nameKk : names.nameEn) || null;
function formOf(names: TNames, lang: TLocale): string | null {
  const given = givenForm(names, lang);
  if (given) return given;
  const others = NAME_LANGUAGES.map((l) => givenForm(names, l)).filter((f): f is string => f !== null);
  return others.length > 0 && !others.includes(names.name) && nameLanguageOf(names.name) === lang ? names.name : null;
}

/** The name in the reader's language, or the nearest other language's form marked as a fallback, or `name` itself. */
export function nameIn(locale: TLocale, names: TNames): TLocalName {
  for (const lang of FALLBACKS[locale]) {
    const text = formOf(names, lang);
    if (text) return { text, lang, isFallback: lang !== locale };
  }
  // No form in any language (a record written before the forms, by a path that gave none): its name as it is.
  return { text: names.name, lang: null, isFallback: false };
}

/** What a fallback's language tag says: "No English name given yet: shown in Russian" (null for the reader's own form). */
export function fallbackNote(t: TTranslate, value: TLocalName): string | null {
  return value.isFallback && value.lang ? t("names.fallback", { language: t(`names.languages.${value.lang}`) }) : null;
}

/** A name for a view model that is laid out later (components/local-name.tsx's LocalText): its text, `lang` and tag. */
export type TLocalText = { text: string; lang: TLocale | null; fallback: string | null };
export function localText(locale: TLocale, t: TTranslate, names: TNames): TLocalText {
  const value = nameIn(locale, names);
  return { text: value.text, lang: value.lang, fallback: fallbackNote(t, value) };
}

/** A row that carries a project's name as `projectName` and its forms beside it (raw SQL rows of the home boards). */
export type TProjectNameForms = { projectName: string; projectRu?: string | null; projectKk?: string | null; projectEn?: string | null };
export const projectNamesOf = (r: TProjectNameForms): TNames => ({ name: r.projectName, nameRu: r.projectRu ?? null, nameKk: r.projectKk ?? null, nameEn: r.projectEn ?? null });

/** The signed-in user's organisation in the reader's language (the header, the home page), or null without one. */
export function organizationNameOf(locale: TLocale, actor: { organizationName: string | null; organizationNameRu?: string | null; organizationNameKk?: string | null; organizationNameEn?: string | null }): string | null {
  if (!actor.organizationName) return null;
  return nameIn(locale, { name: actor.organizationName, nameRu: actor.organizationNameRu, nameKk: actor.organizationNameKk, nameEn: actor.organizationNameEn }).text;
}

/**
 * The name as plain text (CSV cells, chart labels, sentences). With an object, `nameIn`'s choice; with the older
 * pair (an organisation's `name` and `nameRu`), the Russian name for Russian and Kazakh readers, `name` for English.
 */
export function localizedName(locale: TLocale, names: TNames): string;
export function localizedName(locale: TLocale, name: string, nameRu?: string | null): string;
export function localizedName(locale: TLocale, names: string | TNames, nameRu?: string | null): string {
  if (typeof names === "string") return locale !== "en" && nameRu ? nameRu : names;
  // Read without its Kazakh and English forms (a query that selects only name and nameRu): the older pair's rule.
  if (names.nameKk === undefined && names.nameEn === undefined) return locale !== "en" && names.nameRu ? names.nameRu : names.name;
  return nameIn(locale, names).text;
}

const KAZAKH_LETTERS = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/;
const CYRILLIC = /[А-Яа-яЁё]/;

/** The language a name's letters show: Kazakh-only letters → kk, other Cyrillic → ru, anything else → en (the migration's rule). */
export function nameLanguageOf(text: string): TLocale {
  if (KAZAKH_LETTERS.test(text)) return "kk";
  return CYRILLIC.test(text) ? "ru" : "en";
}

/** The language a stored name was filed under: the form that equals it, else what its letters show (an edit form's first field). */
export function filedLanguage(names: TNames): TLocale {
  return NAME_LANGUAGES.find((lang) => formOf(names, lang) === names.name) ?? nameLanguageOf(names.name);
}

/** The columns to store for a name entered as `name` (in `nameLang`, or the language its letters show) and its other forms. */
export function nameColumns(input: { name: string; nameLang?: TLocale | null; nameRu?: string | null; nameKk?: string | null; nameEn?: string | null }) {
  const first = input.nameLang ?? nameLanguageOf(input.name);
  const pick = (lang: TLocale, given: string | null | undefined) => given || (first === lang ? input.name : null);
  return { name: input.name, nameRu: pick("ru", input.nameRu), nameKk: pick("kk", input.nameKk), nameEn: pick("en", input.nameEn) };
}

/** The fields a form with components/name-fields.tsx posts, for its action's `values`. */
export const NAME_FIELD_NAMES = ["name", "nameLang", "nameRu", "nameKk", "nameEn"] as const;

/** An optional translation field: empty means "not given". */
export const zNameForm = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), zText({ min: 2, max }).optional());

/** The fields a form with a name in three languages adds to its schema: the first field is `name`, in `nameLang`. */
export const zNameForms = (max: number) => ({
  nameLang: z.preprocess((v) => (v === "" ? undefined : v), z.enum(NAME_LANGUAGES, { message: "invalidChoice" }).optional()),
  nameRu: zNameForm(max),
  nameKk: zNameForm(max),
  nameEn: zNameForm(max),
});
