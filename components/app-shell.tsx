import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { translate, type TLocale } from "@/lib/i18n";
import { Flash } from "./flash";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { NotificationBell, SearchLink } from "./notification-bell";

type Props = {
  locale: TLocale;
  nav: { href: string; label: string }[];
  user: { name: string; role: string; organization: string };
  signOutAction: () => Promise<void>;
  signOutEverywhereAction: () => Promise<void>;
  /** Unread notifications: the bell beside the account menu (none for a shell without a user's notifications). */
  unread?: number;
  /** The name of the search across every record, for the roles that have it (a magnifier beside the bell). */
  search?: string;
  children: ReactNode;
};

export function AppShell({ locale, nav, user, signOutAction, signOutEverywhereAction, unread, search, children }: Props) {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        {/* Two rows at every width (decision 0239): the brand and the tools (languages, search, bell, account) above, the
            sections on a full-width row of their own below, wrapping onto another line rather than hiding any (from
            640 px; narrower they scroll sideways). One row clipped the last sections at 1366 px in Russian and Kazakh. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <Link href="/" className="flex shrink-0 items-center gap-2 font-semibold text-brand-900">
            <span className="flex h-8 w-8 items-center justify-center rounded-lg bg-brand-600 text-white" aria-hidden>
              A
            </span>
            <span className="sr-only sm:not-sr-only">{t("app.name")}</span>
          </Link>
          <NavLinks items={nav} label={t("nav.label")} className="order-last w-full min-w-0" />
          {/* Narrow, this group may wrap (language switch above the account menu at 320 px) rather than overflow. */}
          <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-3 md:flex-nowrap">
            <LanguageSwitch locale={locale} />
            {search ? <SearchLink label={search} /> : null}
            {unread === undefined ? null : <NotificationBell count={unread} label={t("notifications.bell", { count: unread })} />}
            {/* The account menu is named by its user: the account pages and the one "Sign out" are its items. */}
            <details className="relative">
              <summary className="btn-secondary cursor-pointer list-none text-right text-xs leading-tight" data-testid="account-menu" title={t("polish.accountMenu", { name: user.name })}>
                {/* Long names and ministries are cut with an ellipsis (the whole text stays in the DOM and in the title). */}
                <span className="block max-w-28 sm:max-w-56" data-testid="signed-in-user">
                  <span className="block truncate font-semibold text-slate-800">{user.name}</span>
                  <span className="block truncate text-slate-500" title={`${user.role} · ${user.organization}`}>
                    {user.role} · {user.organization}
                  </span>
                </span>
              </summary>
              <div className="absolute right-0 z-20 mt-2 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
                {/* No prefetch: opening this menu to sign out must not start a request that could re-issue the cookie. */}
                <Link href="/account/security" prefetch={false} className="block rounded px-3 py-2 text-sm hover:bg-slate-100">
                  {t("security.menu")}
                </Link>
                <Link href="/account/sessions" prefetch={false} className="block rounded px-3 py-2 text-sm hover:bg-slate-100">
                  {t("sessions.menu")}
                </Link>
                <form action={signOutAction}>
                  <button type="submit" className="w-full rounded px-3 py-2 text-left text-sm hover:bg-slate-100">
                    {t("shell.signOut")}
                  </button>
                </form>
                <form action={signOutEverywhereAction}>
                  <button type="submit" className="w-full rounded px-3 py-2 text-left text-sm hover:bg-slate-100">
                    {t("shell.signOutEverywhere")}
                  </button>
                </form>
              </div>
            </details>
          </div>
        </div>
      </header>
      <Suspense fallback={null}>
        <Flash />
      </Suspense>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
