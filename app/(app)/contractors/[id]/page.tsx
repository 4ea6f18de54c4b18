import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/pagination";
import { requireRole } from "@/lib/auth";
import { mayDebar } from "@/lib/contractors/debar-company";
import { getCompany } from "@/lib/contractors/get-company";
import { almatyDay, formatDate } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatIban } from "@/lib/kz/iban";
import { regionName } from "@/lib/kz/regions";
import { formatTiyn, percent } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { DebarmentForm } from "./debarment-form";
import { routeId } from "../../route-helpers";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("contractors.title") };
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export default async function CompanyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ registered?: string; reused?: string; page?: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const view = await getCompany({ actor, companyId: id, contractsPage: ZPage.parse(sp.page) }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { company } = view;
  const may = await mayDebar({ actor, companyId: company.id });
  const name = localizedName(locale, company.name, company.nameRu);
  const registered = sp.registered ? { count: Number(sp.registered), reused: Number(sp.reused ?? 0) } : null;
  return (
    <>
      <Link href="/contractors" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("contractors.backToList")}
      </Link>
      <PageHeader
        title={name}
        intro={`${t("contractors.facts.bin")} ${company.bin}`}
        actions={
          company.isDebarred ? (
            <span className="rounded-full bg-red-100 px-3 py-1 text-sm font-medium text-red-800">{t("contractors.debarredSince", { date: formatDate(company.debarredOn) })}</span>
          ) : (
            <Link href={`/contracts/new?bin=${company.bin}`} className="btn-primary">
              {t("contractors.newContract")}
            </Link>
          )
        }
      />
      {registered ? (
        <p role="status" className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {registered.reused > 0
            ? t("contractors.registeredReused", { name: company.name, bin: company.bin ?? "", count: registered.count, reused: registered.reused })
            : t("contractors.registered", { name: company.name, bin: company.bin ?? "", count: registered.count })}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="company-details" className="card p-5">
            <h2 id="company-details" className="mb-3 text-lg font-semibold">
              {t("contractors.details")}
            </h2>
            <dl className="grid gap-4 sm:grid-cols-2">
              <Fact label={t("contractors.facts.bin")}>
                <span className="font-mono">{company.bin}</span>
              </Fact>
              <Fact label={t("contractors.facts.registeredOn")}>{formatDate(company.registeredOn)}</Fact>
              {locale === "en" && company.nameRu ? <Fact label={t("contractors.facts.nameRu")}>{company.nameRu}</Fact> : null}
              <Fact label={t("contractors.facts.region")}>{regionName(company.region, locale)}</Fact>
              <Fact label={t("contractors.facts.address")}>{company.address ?? "—"}</Fact>
              <Fact label={t("contractors.facts.bankAccount")}>
                <span className="font-mono">{company.bankAccount ? formatIban(company.bankAccount) : "—"}</span>
              </Fact>
              <Fact label={t("contractors.facts.addedOn")}>{formatDate(company.createdAt)}</Fact>
            </dl>
          </section>

          <section aria-labelledby="company-people" className="card overflow-x-auto">
            <h2 id="company-people" className="px-5 pt-4 text-lg font-semibold">
              {t("contractors.peopleTitle")}
            </h2>
            {view.people.length === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-500">{t("contractors.peopleEmpty")}</p>
            ) : (
              <DataTable
                locale={locale}
                className="mt-2"
                rows={view.people}
                rowKey={(p) => `${p.personId}-${p.role}`}
                empty={null}
                columns={[
                  { key: "person", header: t("contractors.peopleColumns.person"), className: "font-medium min-w-40", cell: (p) => p.person.fullName },
                  { key: "iin", header: t("contractors.peopleColumns.iin"), nowrap: true, className: "font-mono text-xs", cell: (p) => p.person.iin ?? "—" },
                  { key: "role", header: t("contractors.peopleColumns.role"), cell: (p) => t(`contractors.roles.${p.role}`) },
                  { key: "share", header: t("contractors.peopleColumns.share"), numeric: true, cell: (p) => (p.shareBp == null ? "—" : percent(BigInt(p.shareBp), 10000n)) },
                  {
                    key: "elsewhere",
                    header: t("contractors.peopleColumns.elsewhere"),
                    cell: (p) =>
                      p.otherCompanies.length === 0 ? (
                        <span className="text-slate-400">{t("contractors.elsewhereNone")}</span>
                      ) : (
                        <ul className="space-y-0.5">
                          {p.otherCompanies.map((o) => (
                            <li key={`${o.id}-${o.role}`}>
                              <Link href={`/contractors/${o.id}`} className="text-brand-700 hover:underline">
                                {localizedName(locale, o.name, o.nameRu)}
                              </Link>{" "}
                              <span className="text-xs text-slate-500">
                                ({t(`contractors.roles.${o.role}`)}
                                {o.isDebarred ? `, ${t("contractors.elsewhereDebarred")}` : ""})
                              </span>
                            </li>
                          ))}
                        </ul>
                      ),
                  },
                ]}
              />
            )}
          </section>

          <section aria-labelledby="company-contracts" className="card overflow-x-auto">
            <h2 id="company-contracts" className="px-5 pt-4 text-lg font-semibold">
              {t("contractors.contractsTitle")}
            </h2>
            {view.contracts.total === 0 ? (
              <p className="px-5 py-4 text-sm text-slate-500">{t("contractors.contractsEmpty")}</p>
            ) : (
              <>
                <DataTable
                  locale={locale}
                  className="mt-2"
                  rows={view.contracts.rows}
                  rowKey={(c) => c.id}
                  empty={null}
                  columns={[
                    {
                      key: "number",
                      header: t("contracts.columns.number"),
                      nowrap: true,
                      cell: (c) => (
                        <>
                          <Link href={`/contracts/${c.id}`} className="font-medium text-brand-700 hover:underline">
                            {c.number}
                          </Link>
                          {c.parent ? <div className="text-xs text-slate-500">{`${t("contracts.columns.parent")}: ${c.parent.number}`}</div> : null}
                        </>
                      ),
                    },
                    { key: "project", header: t("contracts.columns.project"), className: "min-w-48", cell: (c) => c.project.name },
                    { key: "signed", header: t("contracts.columns.signed"), nowrap: true, className: "tabular-nums", cell: (c) => formatDate(c.signedOn) },
                    { key: "value", header: t("contracts.columns.value"), numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
                    { key: "status", header: t("contracts.columns.status"), cell: (c) => t(`contracts.status.${c.status}`) },
                  ]}
                />
                <div className="px-5 pb-3">
                  <Pagination locale={locale} page={view.contracts.page} pages={view.contracts.pages} total={view.contracts.total} params={{}} basePath={`/contractors/${company.id}`} fragment="company-contracts" />
                </div>
              </>
            )}
          </section>
        </div>

        <section aria-labelledby="company-debarment" className={`card h-fit space-y-3 p-5 ${company.isDebarred ? "border-red-200" : ""}`}>
          <h2 id="company-debarment" className="text-lg font-semibold">
            {t("contractors.debarmentTitle")}
          </h2>
          <p className={`text-sm ${company.isDebarred ? "font-medium text-red-800" : "text-slate-700"}`}>
            {company.isDebarred ? t("contractors.debarredNote", { date: formatDate(company.debarredOn), reason: company.debarredReason ?? "—" }) : t("contractors.notDebarredNote")}
          </p>
          <DebarmentForm
            companyId={company.id}
            isDebarred={company.isDebarred}
            today={almatyDay(new Date())}
            notAllowed={(company.isDebarred ? may.lift : may.debar) ? null : t(company.isDebarred ? "access.liftOnlyFinance" : "access.debarNotYours")}
          />
        </section>
      </div>
    </>
  );
}
