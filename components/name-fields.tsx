"use client";

import { useLocale, useT } from "@/components/i18n-provider";
import { TextField } from "@/components/text-field";
import type { TLocale } from "@/lib/i18n";
import { NAME_LANGUAGES } from "@/lib/i18n/localized-name";

const FIELD: Record<TLocale, "nameRu" | "nameKk" | "nameEn"> = { ru: "nameRu", kk: "nameKk", en: "nameEn" };

/**
 * A name in three languages (decision 0230): the first field, required, is `name` in `first` (the reader's language
 * on a new record, the language the name was filed under on an edit); the other two are optional, `nameRu`/`nameKk`/
 * `nameEn`. A hidden `nameLang` tells the action which language the first field is in.
 */
export function NameFields({ label, values: v, errors: err, first: given, idPrefix = "", maxLength }: { label: string; values: Record<string, string | undefined>; errors: Record<string, string | undefined>; first?: TLocale; idPrefix?: string; maxLength?: number }) {
  const t = useT();
  const locale = useLocale();
  const first = (v.nameLang as TLocale | undefined) ?? given ?? locale;
  const language = (lang: TLocale) => t(`names.languages.${lang}`);
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t("names.fields.legend")}</legend>
      <input type="hidden" name="nameLang" value={first} />
      <TextField id={`${idPrefix}field-name`} name="name" lang={first} label={t("names.fields.first", { label, language: language(first) })} hint={t("names.fields.firstHint")} defaultValue={v.name} error={err.name} maxLength={maxLength} required />
      {NAME_LANGUAGES.filter((lang) => lang !== first).map((lang) => (
        <TextField key={lang} id={`${idPrefix}field-${FIELD[lang]}`} name={FIELD[lang]} lang={lang} label={t("names.fields.other", { language: language(lang) })} hint={t("names.fields.otherHint", { language: language(lang) })} defaultValue={v[FIELD[lang]]} error={err[FIELD[lang]]} maxLength={maxLength} />
      ))}
    </fieldset>
  );
}
