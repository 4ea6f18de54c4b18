"use client";

import { createContext, useContext, type ReactNode } from "react";
import { translate, type TLocale, type TMessageKey, type TParams } from "@/lib/i18n";

const LocaleContext = createContext<TLocale>("ru");

export function I18nProvider({ locale, children }: { locale: TLocale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): TLocale {
  return useContext(LocaleContext);
}

export function useT() {
  const locale = useLocale();
  return (key: TMessageKey, params?: TParams) => translate(locale, key, params);
}
