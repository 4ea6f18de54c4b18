import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { requireRole } from "@/lib/auth";
import { getContract } from "@/lib/contracts/get-contract";
import { formatDate } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { formatQuantityMilli } from "@/lib/quantity";
import { routeId } from "../../route-helpers";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("contracts.title") };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const TH = ({ children, right = false }: { children: ReactNode; right?: boolean }) => (
  <th scope="col" className={`px-3 py-2 font-medium ${right ? "text-right" : "text-left"}`}>
    {children}
  </th>
);

export default async function ContractPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; page?: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const view = await getContract({ actor, contractId: id, invoicesPage: ZPage.parse(sp.page) }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { contract } = view;
  const isSub = contract.parent != null;
  const contractorName = localizedName(locale, contract.contractor.name, contract.contractor.nameRu);
  return (
    <>
      <Link href={isSub ? "/contracts?kind=sub" : "/contracts"} className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("contracts.backToList")}
      </Link>
      <PageHeader
        title={t(isSub ? "contracts.subDetailTitle" : "contracts.detailTitle", { number: contract.number })}
        intro={`${contractorName} · ${contract.project.name}`}
        actions={<span className="rounded-full bg-slate-200 px-3 py-1 text-sm font-medium text-slate-700">{t(`contracts.status.${contract.status}`)}</span>}
      />
      {sp.created ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("contracts.created", { number: contract.number, contractor: contractorName })}
        </p>
      ) : null}
      {contract.contractor.isDebarred ? (
        <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("contracts.debarredWarning", { reason: contract.contractor.debarredReason ?? "—" })}
        </p>
      ) : null}

      <section className="card mb-6 p-5" aria-label={t(isSub ? "contracts.subDetailTitle" : "contracts.detailTitle", { number: contract.number })}>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Fact label={isSub ? t("contracts.columns.subcontractor") : t("contracts.facts.contractor")}>
            <Link href={`/contractors/${contract.contractor.id}`} className="text-brand-700 hover:underline">
              {contractorName}
            </Link>
            <div className="font-mono text-xs text-slate-500">{contract.contractor.bin}</div>
          </Fact>
          <Fact label={t("contracts.facts.project")}>{contract.project.name}</Fact>
          <Fact label={t("contracts.facts.colour")}>{t("contracts.colourLabel", { colour: contract.colour.id, code: `${contract.colour.budgetLine.code} / ${contract.colour.budgetLine.specifics}` })}</Fact>
          <Fact label={t("contracts.facts.payer")}>
            {contract.parent ? (
              <>
                <Link href={`/contractors/${contract.parent.contractor.id}`} className="text-brand-700 hover:underline">
                  {localizedName(locale, contract.parent.contractor.name, contract.parent.contractor.nameRu)}
                </Link>
                <div className="text-xs text-slate-500">
                  {t("contracts.facts.parent")}:{" "}
                  <Link href={`/contracts/${contract.parent.id}`} className="text-brand-700 hover:underline">
                    {contract.parent.number}
                  </Link>
                </div>
              </>
            ) : (
              t("contracts.facts.payerProject")
            )}
          </Fact>
          <Fact label={t("contracts.facts.value")}>
            <span className="tabular-nums">{formatTiyn(contract.valueTiyn)}</span>
          </Fact>
          <Fact label={t("contracts.facts.billed")}>
            <span className="tabular-nums">{formatTiyn(view.billedTiyn)}</span>
          </Fact>
          <Fact label={t("contracts.facts.paid")}>
            <span className="tabular-nums">{formatTiyn(view.paidTiyn)}</span>
          </Fact>
          <Fact label={`${t("contracts.facts.signedOn")} / ${t("contracts.facts.endsOn")}`}>
            {formatDate(contract.signedOn)}
            {contract.endsOn ? ` — ${formatDate(contract.endsOn)}` : ""}
          </Fact>
          <Fact label={t("contracts.facts.committed")}>
            <span className="tabular-nums">{formatTiyn(view.committedToSubcontractsTiyn)}</span>
          </Fact>
          <Fact label={t("contracts.facts.remaining")}>
            <span className="tabular-nums">{formatTiyn(view.remainingTiyn)}</span>
          </Fact>
          {view.parentRemainingTiyn != null ? (
            <Fact label={t("contracts.facts.parentRemaining")}>
              <span className="tabular-nums">{formatTiyn(view.parentRemainingTiyn)}</span>
            </Fact>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="contract-items" className="card mb-6 overflow-x-auto">
        <h2 id="contract-items" className="px-5 pt-4 text-lg font-semibold">
          {t("contracts.itemsTitle")}
        </h2>
        <table className="mt-2 min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <TH>{t("contracts.itemColumns.item")}</TH>
              <TH right>{t("contracts.itemColumns.estimateQuantity")}</TH>
              <TH right>{t("contracts.itemColumns.contractQuantity")}</TH>
              <TH right>{t("contracts.itemColumns.billed")}</TH>
              <TH right>{t("contracts.itemColumns.ceiling")}</TH>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {view.items.map((i) => (
              <tr key={i.estimateItemId}>
                <td className="px-3 py-2">
                  <div className="font-mono text-xs">{i.estimateItem.code}</div>
                  <div>{i.estimateItem.name}</div>
                </td>
                <td className="num px-3 py-2">
                  {formatQuantityMilli(i.estimateItem.quantityMilli, locale, i.estimateItem.unit)}
                </td>
                <td className="num px-3 py-2">
                  {formatQuantityMilli(i.quantityMilli, locale, i.estimateItem.unit)}
                </td>
                <td className={`num px-3 py-2 ${i.billedMilli > i.quantityMilli ? "text-red-700" : ""}`}>
                  {formatQuantityMilli(i.billedMilli, locale, i.estimateItem.unit)}
                </td>
                <td className="num px-3 py-2">{formatTiyn(i.ceilingUnitPriceTiyn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="contract-invoices" className="card mb-6 overflow-x-auto">
        <h2 id="contract-invoices" className="px-5 pt-4 text-lg font-semibold">
          {t("contracts.invoicesTitle")}
        </h2>
        {view.invoices.total === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-500">{t("contracts.invoicesEmpty")}</p>
        ) : (
          <>
            <table className="mt-2 min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <TH>{t("contracts.invoiceColumns.number")}</TH>
                  <TH>{t("contracts.invoiceColumns.kind")}</TH>
                  <TH>{t("contracts.invoiceColumns.issued")}</TH>
                  <TH right>{t("contracts.invoiceColumns.total")}</TH>
                  <TH>{t("contracts.invoiceColumns.status")}</TH>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.invoices.rows.map((inv) => (
                  <tr key={inv.id}>
                    <td className="px-3 py-2 font-medium">
                      {/* Officials decide on invoices under general contracts; a subcontract's invoices are its payer's to decide. */}
                      {isSub ? (
                        inv.number
                      ) : (
                        <Link href={`/invoices/${inv.id}`} className="text-brand-700 hover:underline">
                          {inv.number}
                        </Link>
                      )}
                    </td>
                    <td className="px-3 py-2">{t(`contracts.invoiceKinds.${inv.kind}`)}</td>
                    <td className="px-3 py-2 tabular-nums">{formatDate(inv.issuedOn)}</td>
                    <td className="num px-3 py-2">{formatTiyn(inv.totalTiyn)}</td>
                    <td className="px-3 py-2">{t(`invoices.status.${inv.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="px-5 pb-3">
              <Pagination locale={locale} page={view.invoices.page} pages={view.invoices.pages} total={view.invoices.total} params={{}} basePath={`/contracts/${contract.id}`} fragment="contract-invoices" />
            </div>
          </>
        )}
      </section>

      {isSub ? null : (
        <section aria-labelledby="contract-subcontracts" className="card mb-6 overflow-x-auto">
          <h2 id="contract-subcontracts" className="px-5 pt-4 text-lg font-semibold">
            {t("contracts.subcontractsTitle")}
          </h2>
          <p className="px-5 text-xs text-slate-500">{t("contracts.subcontractsIntro")}</p>
          {view.subcontracts.length === 0 ? (
            <p className="px-5 py-4 text-sm text-slate-500">{t("contracts.subcontractsEmpty")}</p>
          ) : (
            <table className="mt-2 min-w-full divide-y divide-slate-200 text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <TH>{t("contracts.columns.number")}</TH>
                  <TH>{t("contracts.columns.subcontractor")}</TH>
                  <TH>{t("contracts.columns.items")}</TH>
                  <TH right>{t("contracts.columns.value")}</TH>
                  <TH right>{t("contracts.columns.billed")}</TH>
                  <TH>{t("contracts.columns.status")}</TH>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {view.subcontracts.map((s) => (
                  <tr key={s.id} className={s.contractor.isDebarred ? "bg-red-50/50" : ""}>
                    <td className="px-3 py-2">
                      <Link href={`/contracts/${s.id}`} className="font-medium text-brand-700 hover:underline">
                        {s.number}
                      </Link>
                      <div className="text-xs text-slate-500">{formatDate(s.signedOn)}</div>
                    </td>
                    <td className="px-3 py-2">
                      <Link href={`/contractors/${s.contractor.id}`} className="text-brand-700 hover:underline">
                        {localizedName(locale, s.contractor.name, s.contractor.nameRu)}
                      </Link>
                      <div className="font-mono text-xs text-slate-500">{s.contractor.bin}</div>
                    </td>
                    <td className="px-3 py-2">
                      <ul className="space-y-0.5 text-xs">
                        {s.items.map((i) => (
                          <li key={i.estimateItemId}>
                            <span className="font-mono">{i.estimateItem.code}</span> {i.estimateItem.name}: {formatQuantityMilli(i.quantityMilli, locale, i.estimateItem.unit)} ≤ {formatTiyn(i.ceilingUnitPriceTiyn)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num px-3 py-2">{formatTiyn(s.valueTiyn)}</td>
                    <td className="num px-3 py-2">{formatTiyn(s.billedTiyn)}</td>
                    <td className="px-3 py-2">{t(`contracts.status.${s.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
