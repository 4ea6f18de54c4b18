import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth";
import { getT } from "@/lib/i18n/server";
import { isCanteenOperator } from "@/lib/meals/scope";
import { navFor, SEARCH_ROLES } from "@/lib/navigation";
import { unreadNotificationCount } from "@/lib/notifications/notifications";
import { shellIdentity } from "@/lib/shell/identity";
import { signOutAction, signOutEverywhereAction } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireUser();
  const { t, locale } = await getT();
  const identity = await shellIdentity(actor, t, locale);
  const unread = await unreadNotificationCount(actor);
  return (
    <AppShell
      locale={locale}
      nav={navFor(actor.role, { isCanteenOperator: await isCanteenOperator(actor) }).map((item) => ({ href: item.href, label: t(item.label) }))}
      user={{ name: actor.name, ...identity }}
      signOutAction={signOutAction}
      signOutEverywhereAction={signOutEverywhereAction}
      unread={unread}
      search={SEARCH_ROLES.includes(actor.role) ? t("investigate.search.nav") : undefined}
    >
      {children}
    </AppShell>
  );
}
