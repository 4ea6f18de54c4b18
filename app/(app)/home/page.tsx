import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth";
import { localizedName } from "@/lib/i18n";
import { getT, pageTitle } from "@/lib/i18n/server";
import { navFor } from "@/lib/navigation";

export const generateMetadata = pageTitle("home.title");

export default async function HomePage() {
  const actor = await requireUser();
  const { t, locale } = await getT();
  const sections = navFor(actor.role).filter((item) => item.href !== "/home");
  return (
    <>
      <PageHeader title={t("home.welcome", { name: actor.name })} intro={t(`home.roleIntro.${actor.role}`)} />
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="card p-5">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("home.yourRole")}</dt>
          <dd className="mt-1 text-lg font-semibold">{t(`roles.${actor.role}`)}</dd>
        </div>
        <div className="card p-5">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("home.yourOrganization")}</dt>
          <dd className="mt-1 text-lg font-semibold">{actor.organizationName ? localizedName(locale, actor.organizationName, actor.organizationNameRu) : t("shell.noOrganization")}</dd>
        </div>
      </dl>
      {sections.length > 0 ? (
        <section className="mt-8">
          <h2 className="mb-3 text-sm font-semibold text-slate-700">{t("home.yourSections")}</h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href} className="card block p-4 font-medium text-brand-700 hover:border-brand-600">
                  {t(s.label)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
