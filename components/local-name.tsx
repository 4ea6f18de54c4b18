import { fallbackNote, type TLocale, type TLocalName, type TTranslate } from "@/lib/i18n";

/**
 * A name in the reader's language, or in another one shown as such (decision 0230): the text carries its `lang`
 * (screen readers switch voice), and a small language tag says that the reader's own form is missing.
 */
export function LocalName({ value, t }: { value: TLocalName; t: TTranslate }) {
  return <LocalText text={value.text} lang={value.lang} fallback={fallbackNote(t, value)} />;
}

/** LocalName from a view model that carries the tag's text already (lib/i18n's localText). */
export function LocalText({ text, lang, fallback }: { text: string; lang?: TLocale | null; fallback?: string | null }) {
  if (!lang) return <>{text}</>;
  if (!fallback) return <span lang={lang}>{text}</span>;
  return (
    <>
      <span lang={lang}>{text}</span>{" "}
      <abbr title={fallback} className="rounded border border-slate-300 px-1 align-middle text-[0.65rem] font-medium uppercase text-slate-600 no-underline">
        <span aria-hidden="true">{lang}</span>
        <span className="sr-only">{fallback}</span>
      </abbr>
    </>
  );
}
