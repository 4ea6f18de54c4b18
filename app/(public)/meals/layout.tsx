import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import { getT } from "@/lib/i18n/server";

/** The parent's frame: no account, no navigation, narrow enough for a 320-px phone. */
export default async function MealsLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getT();
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-xl flex-wrap items-center justify-between gap-2 px-3 py-2">
          <span className="text-sm font-semibold text-slate-900">{t("mealsCanteen.parent.portal")}</span>
          <LanguageSwitch locale={locale} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-xl flex-1 px-3 py-4 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
