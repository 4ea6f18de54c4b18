import type { TLocalName, TTranslate } from "@/lib/i18n";

/**
 * A name in the reader's language, or in another one shown as such (decision 0230): the text carries its `lang`
 * (screen readers switch voice), and a small language tag says that the reader's own form is missing.
 */
export function LocalName({ value, t }: { value: TLocalName; t: TTranslate }) {
  if (!value.lang) return <>{value.text}</>;
  if (!value.isFallback) return <span lang={value.lang}>{value.text}</span>;
  const note = t("names.fallback", { language: t(`names.languages.${value.lang}`) });
  return (
    <>
      <span lang={value.lang}>{value.text}</span>{" "}
      <abbr title={note} className="rounded border border-slate-300 px-1 align-middle text-[0.65rem] font-medium uppercase text-slate-600 no-underline">
        <span aria-hidden="true">{value.lang}</span>
        <span className="sr-only">{note}</span>
      </abbr>
    </>
  );
}
