import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { EmptyRow, SearchBar } from "@/components/search-bar";
import { requireRole } from "@/lib/auth";
import { getCompanyContract } from "@/lib/company/company-contracts";
import { formatDate } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { formatQuantityMilli } from "@/lib/quantity";
import { routeId } from "../../../route-helpers";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("company.dashboard.contractsTitle") };
}

export default async function CompanyContractPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRole("contractor");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const q = sp.q?.trim() || undefined;
  const view = await getCompanyContract({ actor, contractId: id, q, invoicePage: ZPage.parse(sp.page) }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { contract, isHolder } = view;
  const qty = (milli: bigint, unit: string) => formatQuantityMilli(milli, locale, unit);
  const basePath = `/company/contracts/${contract.id}`;
  const itemColumns = isHolder ? (["quantity", "billed", "remaining", "subcontracted", "ceiling"] as const) : (["quantity", "billed", "remaining", "ceiling"] as const);
  const facts: [string, string][] = [
    [t("company.contract.facts.kind"), t(contract.parentId ? "company.contractKinds.sub" : "company.contractKinds.general")],
    [t("company.contract.facts.contractor"), `${localizedName(locale, contract.contractor.name, contract.contractor.nameRu)} (${contract.contractor.bin ?? "—"})`],
    [t("company.contract.facts.payer"), view.payer ? `${localizedName(locale, view.payer.name, view.payer.nameRu)} (${view.payer.bin ?? "—"})` : t("company.contract.projectPays", { project: contract.project.name })],
    [t("company.contract.facts.value"), formatTiyn(contract.valueTiyn)],
    [t("company.contract.facts.signed"), formatDate(contract.signedOn)],
    [t("company.contract.facts.ends"), formatDate(contract.endsOn)],
    [t("company.contract.facts.status"), t(`company.contractStatus.${contract.status}`)],
  ];
  return (
    <>
      <Link href="/company/contracts" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("company.contract.back")}
      </Link>
      <PageHeader
        title={t("company.contract.title", { number: contract.number })}
        intro={t("company.contract.intro", { project: contract.project.name, colour: contract.colour.id, expires: formatDate(contract.colour.expiresAt) })}
        actions={
          isHolder && contract.status === "active" ? (
            <div className="flex flex-wrap gap-2">
              <Link href={`/company/invoices/new?contract=${contract.id}`} className="btn-primary">
                {t("company.contract.newInvoice")}
              </Link>
              <Link href={`/company/contracts/${contract.id}/subcontracts/new`} className="btn-secondary">
                {t("company.contract.newSubcontract")}
              </Link>
            </div>
          ) : null
        }
      />
      <dl className="card mb-6 grid gap-x-6 gap-y-3 p-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
            <dd className="mt-0.5">{v}</dd>
          </div>
        ))}
      </dl>
      {contract.isFinalSupplier ? <p className="mb-6 text-sm text-slate-600">{t("company.contract.finalSupplier")}</p> : null}

      <h2 className="mb-3 text-lg font-semibold" id="items">
        {t("company.contract.itemsTitle")}
      </h2>
      <SearchBar className="mb-2" label={t("company.contract.itemsSearchLabel")} placeholder={t("company.contract.itemsSearchPlaceholder")} query={q} submitLabel={t("common.search")} />
      {q ? <p className="mb-2 text-sm text-slate-600">{t("company.contract.itemsShown", { shown: view.items.length, total: view.itemCount, q })}</p> : null}
      <div className="card mb-8 overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-labelledby="items">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.contract.itemColumns.item")}
              </th>
              {itemColumns.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-right font-medium">
                  {t(`company.contract.itemColumns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.items.length === 0 ? (
              <EmptyRow colSpan={itemColumns.length + 1} message={t("company.contract.noItemsMatch")} />
            ) : (
              view.items.map((i) => (
                <tr key={i.estimateItemId}>
                  <td className="px-3 py-2">
                    <div className="font-mono text-xs">{i.estimateItem.code}</div>
                    <div>{i.estimateItem.name}</div>
                  </td>
                  <td className="num px-3 py-2">{qty(i.quantityMilli, i.estimateItem.unit)}</td>
                  <td className="num px-3 py-2">{qty(i.billedMilli, i.estimateItem.unit)}</td>
                  <td className="num px-3 py-2">{qty(i.quantityMilli - i.billedMilli, i.estimateItem.unit)}</td>
                  {isHolder ? <td className="num px-3 py-2">{qty(i.subcontractedMilli, i.estimateItem.unit)}</td> : null}
                  <td className="num px-3 py-2">{formatTiyn(i.ceilingUnitPriceTiyn)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      {isHolder ? (
        <>
          <h2 className="mb-1 text-lg font-semibold" id="subcontracts">
            {t("company.contract.subcontractsTitle")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("company.contract.remaining", { amount: formatTiyn(view.remainingForSubcontractsTiyn) })}</p>
          <div className="card mb-8 overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm" aria-labelledby="subcontracts">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  {(["number", "company"] as const).map((c) => (
                    <th key={c} scope="col" className="px-3 py-2 text-left font-medium">
                      {t(`company.contract.subColumns.${c}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("company.contract.subColumns.value")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-left font-medium">
                    {t("company.contract.subColumns.status")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.subcontracts.length === 0 ? (
                  <EmptyRow colSpan={4} message={t("company.contract.noSubcontracts")} />
                ) : (
                  view.subcontracts.map((s) => (
                    <tr key={s.id}>
                      <td className="px-3 py-2 font-medium">
                        <Link href={`/company/contracts/${s.id}`} className="text-brand-700 hover:underline">
                          {s.number}
                        </Link>
                      </td>
                      <td className="px-3 py-2">
                        {localizedName(locale, s.contractor.name, s.contractor.nameRu)}
                        <div className="font-mono text-xs text-slate-500">{s.contractor.bin}</div>
                      </td>
                      <td className="num px-3 py-2">{formatTiyn(s.valueTiyn)}</td>
                      <td className="px-3 py-2">{t(`company.contractStatus.${s.status}`)}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <h2 className="mb-3 text-lg font-semibold" id="contract-invoices">
        {t("company.contract.invoicesTitle")}
      </h2>
      <div className="card overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm" aria-labelledby="contract-invoices">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {(["number", "issued"] as const).map((c) => (
                <th key={c} scope="col" className="px-3 py-2 text-left font-medium">
                  {t(`company.invoices.columns.${c}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right font-medium">
                {t("company.invoices.columns.total")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                {t("company.invoices.columns.status")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.invoices.rows.length === 0 ? (
              <EmptyRow colSpan={4} message={t("company.contract.noInvoices")} />
            ) : (
              view.invoices.rows.map((i) => (
                <tr key={i.id}>
                  <td className="px-3 py-2 font-medium">
                    <Link href={`/company/invoices/${i.id}`} className="text-brand-700 hover:underline">
                      {i.number}
                    </Link>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{formatDate(i.issuedOn)}</td>
                  <td className="num px-3 py-2">{formatTiyn(i.totalTiyn)}</td>
                  <td className="px-3 py-2">{t(`company.invoices.status.${i.status}`)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} page={view.invoices.page} pages={view.invoices.pages} total={view.invoices.total} params={{ q }} basePath={basePath} />
    </>
  );
}
