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
            aria-label={translate(l, `locale.${l}`)}
            title={translate(l, `locale.${l}`)}
            className={`rounded px-2 py-1 font-medium ${l === locale ? "bg-brand-600 text-white" : "text-slate-600 hover:bg-slate-200"}`}
          >
            {/* On one header line (lg to 2xl) the short name leaves the sections room; the button keeps the full name. */}
            <span className="lg:hidden 2xl:inline">{translate(l, `locale.${l}`)}</span>
            <span className="hidden lg:inline 2xl:hidden" aria-hidden>
              {translate(l, `locale.short.${l}`)}
            </span>
          </button>
        </form>
      ))}
    </nav>
  );
}
