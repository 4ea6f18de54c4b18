import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireAccountHolder } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { isCanteenOperator } from "@/lib/meals/scope";
import { navFor } from "@/lib/navigation";
import { shellIdentity } from "@/lib/shell/identity";
import { signOutAction, signOutEverywhereAction } from "../../(app)/actions";

// The one layout that admits a user whose account setup is pending (a one-time password, a second factor to
// enrol): the (app) layout would send them here, and here to itself. Until then the navigation is empty.
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const actor = await requireAccountHolder();
  const { t, locale } = await getT();
  const identity = await shellIdentity(actor, t, locale);
  const nav = actor.pendingSetup ? [] : navFor(actor.role, { isCanteenOperator: await isCanteenOperator(actor) }).map((item) => ({ href: item.href, label: t(item.label) }));
  return (
    <AppShell
      locale={locale}
      nav={nav}
      user={{ name: actor.name, ...identity }}
      signOutAction={signOutAction}
      signOutEverywhereAction={signOutEverywhereAction}
    >
      {children}
    </AppShell>
  );
}
