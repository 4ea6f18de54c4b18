import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth";
import type { TActor } from "@/lib/actor";
import type { TTodo } from "@/lib/home/attention";
import { canteenHome } from "@/lib/home/canteen-home";
import { isCanteenOperator } from "@/lib/meals/scope";
import { officialHome } from "@/lib/home/official-home";
import { adminHome, contractorHome, investigatorHome } from "@/lib/home/role-homes";
import type { TLocale, TTranslate } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { almatyDate } from "@/lib/meals/rules";
import { latestNotifications } from "@/lib/notifications/notifications";
import { shellIdentity } from "@/lib/shell/identity";
import { CanteenHome } from "./canteen-home";
import { SchoolHome } from "./school-home";
import { AdminTables, Execution, ExpiringColours, InvestigatorTables, RefusedInvoices, TodoList, UnreadNotifications } from "./home-sections";

export const generateMetadata = pageTitle("home.title");

/** Every role's home: what waits for them first, then what they watch (issue 19, decision 0178). */
export default async function HomePage() {
  const actor = await requireUser();
  const { t, locale } = await getT();
  const unread = await latestNotifications(actor, 5, locale);
  const { role, organization } = await shellIdentity(actor, t, locale);
  // A contractor whose company runs school canteens has the canteen's day for a home (decision 0255).
  const isCanteen = await isCanteenOperator(actor);
  const intro = isCanteen ? t("homeBoard.canteen.intro") : t(`home.roleIntro.${actor.role}`);
  return (
    <>
      <PageHeader title={t("home.welcome", { name: actor.name })} intro={`${role} · ${organization}. ${intro}`} />
      {isCanteen ? <CanteenDay actor={actor} t={t} locale={locale} /> : <RoleHome actor={actor} t={t} locale={locale} />}
      <UnreadNotifications rows={unread} t={t} />
    </>
  );
}

async function CanteenDay({ actor, t, locale }: { actor: TActor; t: TTranslate; locale: TLocale }) {
  const now = new Date();
  return <CanteenHome home={await canteenHome(actor, now)} today={almatyDate(now)} t={t} locale={locale} />;
}

async function RoleHome({ actor, t, locale }: { actor: TActor; t: TTranslate; locale: TLocale }) {
  if (actor.role === "school") return <SchoolHome actor={actor} t={t} locale={locale} />;
  const { todos, watched } = await roleBoard(actor, t, locale);
  return (
    <>
      <TodoList todos={todos} t={t} />
      {watched}
    </>
  );
}

/** A role's "what to do" and, under it, what the role watches. */
async function roleBoard(actor: TActor, t: TTranslate, locale: TLocale): Promise<{ todos: TTodo[]; watched: ReactNode }> {
  switch (actor.role) {
    case "official": {
      const home = await officialHome(actor);
      const watched = (
        <>
          <Execution execution={home.execution} t={t} />
          <ExpiringColours rows={home.expiring} link={(r) => `/projects/${r.projectId}`} t={t} locale={locale} />
          <RefusedInvoices rows={home.refusals} t={t} locale={locale} />
        </>
      );
      return { todos: home.todos, watched };
    }
    case "contractor": {
      const home = await contractorHome(actor);
      return { todos: home.todos, watched: <ExpiringColours rows={home.expiring} link={() => "/company"} t={t} locale={locale} /> };
    }
    case "investigator": {
      const home = await investigatorHome(actor);
      return { todos: home.todos, watched: <InvestigatorTables home={home} t={t} locale={locale} /> };
    }
    case "admin": {
      const home = await adminHome(actor);
      return { todos: home.todos, watched: <AdminTables home={home} t={t} locale={locale} /> };
    }
    default:
      throw new Error(`no home board for the role ${actor.role}`);
  }
}
