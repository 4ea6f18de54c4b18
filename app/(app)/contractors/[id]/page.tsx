import Link from "next/link";
import { PageHeader, StatusPill } from "@/components/page-header";
import { companyPageView } from "@/lib/contractors/company-view";
import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { EntityLinks } from "@/components/entity-links";
import { entityLinks } from "@/lib/investigate/entity-links";
import { entityLinkLabels, orNotFound, pageRequest, READERS, routeId } from "../../route-helpers";
import { RelatedPartiesGraph } from "@/components/related-parties-graph";
import { relatedPartiesView } from "@/lib/contractors/related-parties-view";
import { CompanyContracts, CompanyDebarment, CompanyDetails, CompanyPeople } from "./company-parts";

export const generateMetadata = pageTitle("contractors.title");

export default async function CompanyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string; reused?: string; page?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const id = routeId((await params).id);
  const view = await orNotFound(companyPageView({ actor, companyId: id, contractsPage: ZPage.parse(sp.page), locale }));
  const [links, parties] = await Promise.all([entityLinks({ actor, ref: { kind: "company", id }, locale }), relatedPartiesView({ actor, companyId: id, locale })]);
  const registered = sp.registered ? { count: Number(sp.registered), reused: Number(sp.reused ?? 0) } : null;
  const said = { name: view.registeredName, bin: view.bin ?? "" };
  return (
    <>
      <PageHeader
        back={{ href: "/contractors", label: t("contractors.backToList") }}
        title={view.name}
        intro={`${t("contractors.facts.bin")} ${view.bin}`}
        actions={
          view.isDebarred ? (
            <StatusPill tone="danger">{t("contractors.debarredSince", { date: view.debarredOn })}</StatusPill>
          ) : actor.role === "official" ? (
            <Link href={`/contracts/new?bin=${view.bin}`} className="btn-primary">
              {t("contractors.newContract")}
            </Link>
          ) : null
        }
      />
      <EntityLinks view={links} labels={entityLinkLabels(t)} />
      {registered ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {registered.reused > 0 ? t("contractors.registeredReused", { ...said, count: registered.count, reused: registered.reused }) : t("contractors.registered", { ...said, count: registered.count })}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <CompanyDetails view={view} t={t} />
          <CompanyPeople view={view} t={t} locale={locale} />
          {parties ? <RelatedPartiesGraph view={parties} locale={locale} /> : null}
          <CompanyContracts view={view} t={t} locale={locale} />
        </div>
        <CompanyDebarment view={view} t={t} canWrite={actor.role === "official"} />
      </div>
    </>
  );
}
