import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireAccountHolder } from "@/lib/auth";
import { organizationNameOf } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { navFor } from "@/lib/navigation";
import { signOutAction, signOutEverywhereAction } from "../../(app)/actions";

// The one layout that admits a user whose account setup is pending (a one-time password, a second factor to
// enrol): the (app) layout would send them here, and here to itself. Until then the navigation is empty.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const actor = await requireAccountHolder();
  const { t, locale } = await getT();
  const nav = actor.pendingSetup ? [] : navFor(actor.role).map((item) => ({ href: item.href, label: t(item.label) }));
  return (
    <AppShell
      locale={locale}
      nav={nav}
      user={{ name: actor.name, role: t(`roles.${actor.role}`), organization: organizationNameOf(locale, actor) ?? t("shell.noOrganization") }}
      signOutAction={signOutAction}
      signOutEverywhereAction={signOutEverywhereAction}
    >
      {children}
    </AppShell>
  );
}
