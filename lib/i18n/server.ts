import "server-only";
import { cookies, headers } from "next/headers";
import type { Metadata } from "next";
import { isLocale, negotiateLocale, translator, type TLocale, type TMessageKey, type TTranslate } from "./index";
import { LOCALE_COOKIE } from "./index";

export async function getLocale(): Promise<TLocale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export async function getT(): Promise<{ locale: TLocale; t: TTranslate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}

/**
 * A page's `generateMetadata` that titles it with one catalogue text in the reader's language:
 * `export const generateMetadata = pageTitle("projects.title");`
 */
export function pageTitle(key: TMessageKey): () => Promise<Metadata> {
  return async () => {
    const { t } = await getT();
    return { title: t(key) };
  };
}
