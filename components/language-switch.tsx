import { setLocaleAction } from "@/app/locale/actions";
import { LOCALES, translate, type TLocale } from "@/lib/i18n";

/** Plain forms, so switching works without JavaScript too. */
export function LanguageSwitch({ locale }: { locale: TLocale }) {
  return (
    <nav aria-label={translate(locale, "locale.label")} className="flex items-center gap-1 text-xs">
      {LOCALES.map((l) => (
        <form key={l} action={setLocaleAction}>
          <input type="hidden" name="locale" value={l} />
          <button
            type="submit"
            lang={l}
            aria-current={l === locale ? "true" : undefined}
            className={`rounded px-2 py-1 font-medium ${l === locale ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-200"}`}
          >
            {translate(l, `locale.${l}`)}
          </button>
        </form>
      ))}
    </nav>
  );
}
