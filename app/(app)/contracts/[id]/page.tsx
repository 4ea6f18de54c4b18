import { PageHeader, StatusPill } from "@/components/page-header";
import { contractPageView } from "@/lib/contracts/contract-view";
import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { EntityLinks } from "@/components/entity-links";
import { entityLinks } from "@/lib/investigate/entity-links";
import { entityLinkLabels, orNotFound, pageRequest, READERS, routeId } from "../../route-helpers";
import { ContractFacts, ContractInvoices, ContractItems, ContractSubcontracts } from "./contract-parts";

export const generateMetadata = pageTitle("contracts.title");

export default async function ContractPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; page?: string }> }) {
  const { actor, t, locale, sp } = await pageRequest(READERS, searchParams);
  const id = routeId((await params).id);
  const view = await orNotFound(contractPageView({ actor, contractId: id, invoicesPage: ZPage.parse(sp.page), locale }));
  const links = await entityLinks({ actor, ref: { kind: "contract", id }, locale });
  return (
    <>
      <PageHeader
        back={{ href: view.isSub ? "/contracts?kind=sub" : "/contracts", label: t("contracts.backToList") }}
        title={view.title}
        intro={`${view.contractor.name} · ${view.project}`}
        actions={<StatusPill>{view.status}</StatusPill>}
      />
      <EntityLinks view={links} labels={entityLinkLabels(t)} />
      {sp.created ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("contracts.created", { number: view.number, contractor: view.contractor.name })}
        </p>
      ) : null}
      {view.contractor.isDebarred ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("contracts.debarredWarning", { reason: view.contractor.debarredReason ?? "—" })}
        </p>
      ) : null}
      <ContractFacts view={view} t={t} />
      <div className="mb-6 space-y-6">
        <ContractItems view={view} t={t} locale={locale} />
        <ContractInvoices view={view} t={t} locale={locale} />
        {view.isSub ? null : <ContractSubcontracts view={view} t={t} locale={locale} />}
      </div>
    </>
  );
}
