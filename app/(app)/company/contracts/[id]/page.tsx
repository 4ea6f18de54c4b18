import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { SearchBar } from "@/components/search-bar";
import { companyContractPageView } from "@/lib/contracts/company-contract-view";
import { pageTitle } from "@/lib/i18n/server";
import { ZPage } from "@/lib/pagination";
import { orNotFound, pageRequest, routeId } from "../../../route-helpers";
import { FactList } from "@/components/fact-list";
import { ContractInvoicesTable, ContractItemsTable, ContractSubcontracts } from "./contract-parts";

export const generateMetadata = pageTitle("company.dashboard.contractsTitle");

export default async function CompanyContractPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { actor, t, locale, sp } = await pageRequest("contractor", searchParams);
  const id = routeId((await params).id);
  const q = sp.q?.trim() || undefined;
  const view = await orNotFound(companyContractPageView({ actor, contractId: id, q, invoicePage: ZPage.parse(sp.page), locale }));
  return (
    <>
      <PageHeader
        back={{ href: "/company/contracts", label: t("company.contract.back") }}
        title={view.title}
        intro={view.intro}
        actions={
          view.canAct ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/company/invoices/new?contract=${view.id}`} className="btn-primary">
                {t("company.contract.newInvoice")}
              </Link>
              <Link href={`/company/contracts/${view.id}/subcontracts/new`} className="btn-secondary">
                {t("company.contract.newSubcontract")}
              </Link>
            </div>
          ) : null
        }
      />
      <FactList facts={view.facts} />
      {view.isFinalSupplier ? <p className="mb-6 text-sm text-slate-600">{t("company.contract.finalSupplier")}</p> : null}

      <h2 className="mb-3 text-lg font-semibold" id="items">
        {t("company.contract.itemsTitle")}
      </h2>
      <SearchBar className="mb-2" label={t("company.contract.itemsSearchLabel")} placeholder={t("company.contract.itemsSearchPlaceholder")} query={q} submitLabel={t("common.search")} />
      {q ? <p className="mb-2 text-sm text-slate-600">{t("company.contract.itemsShown", { shown: view.items.length, total: view.itemCount, q })}</p> : null}
      <ContractItemsTable view={view} t={t} locale={locale} />

      {view.isHolder ? <ContractSubcontracts view={view} t={t} locale={locale} /> : null}

      <h2 className="mb-3 text-lg font-semibold" id="contract-invoices">
        {t("company.contract.invoicesTitle")}
      </h2>
      <ContractInvoicesTable view={view} t={t} locale={locale} q={q} />
    </>
  );
}
