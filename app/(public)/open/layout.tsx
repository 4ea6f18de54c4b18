import type { ReactNode } from "react";
import Link from "next/link";
import { LanguageSwitch } from "@/components/language-switch";
import type { TMessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { asOfView } from "@/lib/public/open-view";

/** The portal's sections, in the order of its header. */
const NAV = [
  ["/open", "open.nav.home"],
  ["/open/search", "open.nav.search"],
  ["/open/meals", "mealsOpen.nav"],
  ["/open/verify", "open.nav.verify"],
  ["/open/data", "open.nav.data"],
] as const satisfies readonly (readonly [string, TMessageKey])[];

/** The public portal's frame (issue 16): its own header, no sign-in needed, and on every page "data as of". */
export default async function OpenLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getT();
  const asOf = await asOfView(locale);
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/open" className="flex items-center gap-2 font-semibold text-slate-900">
            <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-600 text-white" aria-hidden>
              A
            </span>
            {t("open.portalName")}
          </Link>
          <nav aria-label={t("open.nav.label")} className="flex flex-wrap items-center gap-4 text-sm">
            {NAV.map(([href, key]) => (
              <Link key={href} href={href} className="text-slate-700 hover:underline">
                {t(key)}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <LanguageSwitch locale={locale} />
            <Link href="/sign-in" className="btn-secondary text-sm">
              {t("open.nav.signIn")}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white text-xs text-slate-600">
        <div className="mx-auto max-w-6xl space-y-1 px-4 py-4">
          <p data-testid="data-as-of">{asOf.asOf}</p>
          <p>
            <span className="font-medium">{t("open.heads.title")}:</span> {asOf.summary}{" "}
            <Link href="/open/verify" className="text-brand-700 hover:underline">
              {t("open.heads.verify")}
            </Link>
          </p>
          <ul className="space-y-0.5">
            {asOf.heads.map((h) => (
              <li key={h.key} className="break-all">
                {h.label}: <code className="font-mono">{h.hash}</code>
              </li>
            ))}
          </ul>
          {asOf.published ? <p className="break-all">{asOf.published}</p> : null}
        </div>
      </footer>
    </div>
  );
}
