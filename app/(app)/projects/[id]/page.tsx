import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { explainRules } from "@/lib/allocations/explain-rules";
import { requireRole } from "@/lib/auth";
import { formatDate, formatDateTime } from "@/lib/dates";
import { localizedName } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { formatTiyn, percent } from "@/lib/money";
import { ZPage } from "@/lib/pagination";
import { DataTable } from "@/components/data-table";
import { getProjectOverview } from "@/lib/projects/project-overview";
import { canReturnRemainder } from "@/lib/rules/remainder";
import { orNotFound, routeId } from "../../route-helpers";
import { ColourActions } from "./colour-actions";
import { RevisionList } from "./revision-list";
import { firstParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("project.tabs.overview") };
}

export default async function ProjectOverviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ allocated?: string; page?: string }> }) {
  const actor = await requireRole("official");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const sp = firstParams(await searchParams);
  const o = await orNotFound(getProjectOverview({ actor, projectId: id, contractsPage: ZPage.parse(sp.page) }));
  const now = new Date();
  const allocatedId = sp.allocated;
  const allocated = o.colours.find((c) => String(c.id) === allocatedId);
  const figures = [
    { label: t("project.figures.estimate"), value: o.totals.estimate, share: null },
    { label: t("project.figures.contracted"), value: o.totals.contracted, share: percent(o.totals.contracted, o.totals.estimate) },
    { label: t("project.figures.invoiced"), value: o.totals.invoiced, share: percent(o.totals.invoiced, o.totals.estimate) },
    { label: t("project.figures.paid"), value: o.totals.paid, share: percent(o.totals.paid, o.totals.estimate) },
  ];
  return (
    <div className="space-y-8">
      {allocated ? (
        <p role="status" className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
          {t("project.allocated", { id: allocated.id })}
        </p>
      ) : null}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="card p-4">
            <dt className="text-sm text-slate-600">{f.label}</dt>
            <dd className="mt-1 text-lg font-semibold tabular-nums text-slate-900">{formatTiyn(f.value)}</dd>
            {f.share ? <dd className="text-xs text-slate-500">{t("project.figures.ofEstimate", { share: f.share })}</dd> : null}
          </div>
        ))}
      </dl>

      <section aria-labelledby="colours-title" className="space-y-4">
        <h2 id="colours-title" className="text-lg font-semibold text-slate-900">
          {t("project.colours.title")}
        </h2>
        {o.colours.length === 0 ? (
          <div className="card p-6 text-sm text-slate-600">
            <p>{t("project.colours.empty")}</p>
            <Link href={`/projects/${id}/allocate`} className="btn-primary mt-3">
              {t("project.allocate")}
            </Link>
          </div>
        ) : (
          o.colours.map((c) => {
            const expired = c.expiresAt <= now;
            const status = c.isClosed ? "closed" : c.isFrozen ? "frozen" : expired ? "expired" : "active";
            const sentences = explainRules(c.rules, o.itemCount);
            return (
              <article key={c.id} className="card p-5" aria-label={t("project.colours.name", { id: c.id })}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h3 className="font-semibold text-slate-900">{t("project.colours.name", { id: c.id })}</h3>
                    <p className="text-sm text-slate-600">
                      {c.budgetLine.code} / {c.budgetLine.specifics} · {c.budgetLine.fiscalYear} · {c.budgetLine.name}
                    </p>
                  </div>
                  <span className={`rounded-full px-3 py-1 text-xs font-medium ${status === "active" ? "bg-brand-50 text-brand-800" : status === "frozen" ? "bg-sky-100 text-sky-900" : "bg-slate-200 text-slate-700"}`}>
                    {t(`project.colours.status.${status}`)}
                  </span>
                </div>
                <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="text-slate-500">{t("project.colours.minted")}</dt>
                    <dd className="font-medium tabular-nums">{formatTiyn(c.mintedTiyn)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("project.colours.inCirculation")}</dt>
                    <dd className="font-medium tabular-nums">{formatTiyn(c.inCirculationTiyn)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-500">{t("project.colours.expires")}</dt>
                    <dd className="font-medium tabular-nums">{formatDateTime(c.expiresAt)}</dd>
                  </div>
                </dl>
                {c.isFrozen && c.frozenReason ? <p className="mt-3 text-sm text-sky-900">{t("project.colours.frozenBecause", { reason: c.frozenReason })}</p> : null}
                <div className="mt-4 grid gap-6 lg:grid-cols-2">
                  <div>
                    <h4 className="mb-2 text-sm font-medium text-slate-700">{t("project.colours.rules", { version: c.rules.version })}</h4>
                    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                      {sentences.map((s) => (
                        <li key={s.key}>{t(`allocations.explain.${s.key}` as never, s.params)}</li>
                      ))}
                    </ul>
                  </div>
                  <div className="overflow-x-auto">
                    <table className="min-w-full text-sm" aria-label={t("project.colours.holders")}>
                      <thead className="text-slate-600">
                        <tr>
                          <th scope="col" className="py-1 pr-3 text-left font-medium">
                            {t("project.colours.holder")}
                          </th>
                          <th scope="col" className="py-1 text-right font-medium">
                            {t("project.colours.balance")}
                          </th>
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {c.holders.map((h) => (
                          <tr key={String(h.id)}>
                            <td className="py-1.5 pr-3">
                              {h.kind === "exit" ? t(`project.exits.${h.name}` as never) : h.kind === "company" ? localizedName(locale, h.name, h.nameRu) : h.name}
                              {h.isFrozen ? <span className="ml-2 text-xs text-sky-800">{t("project.colours.status.frozen")}</span> : null}
                            </td>
                            <td className="num py-1.5">{formatTiyn(h.balanceTiyn)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </div>
                {c.isClosed ? null : (
                  <ColourActions colourId={c.id} canReturn={canReturnRemainder(c, now)} requestKey={randomUUID()} returnLabel={t("project.colours.returnConfirm", { amount: formatTiyn(c.holders.filter((h) => h.kind !== "exit").reduce((a, h) => a + h.balanceTiyn, 0n)) })} />
                )}
              </article>
            );
          })
        )}
      </section>

      <section aria-labelledby="contracts-title">
        <h2 id="contracts-title" className="mb-3 text-lg font-semibold text-slate-900">
          {t("project.contracts.title")}
        </h2>
        <DataTable
          locale={locale}
          rows={o.contracts.rows}
          rowKey={(c) => c.id}
          empty={t("project.contracts.empty")}
          pagination={{ page: o.contracts.page, pages: o.contracts.pages, total: o.contracts.total, params: {}, basePath: `/projects/${id}`, fragment: "contracts-title" }}
          columns={[
            {
              key: "number",
              header: t("project.contracts.number"),
              nowrap: true,
              cell: (c) => (
                <>
                  <span className={c.parentId ? "pl-4 text-slate-700" : "font-medium"}>{c.parentId ? `↳ ${c.number}` : c.number}</span>
                  {c.parentId ? <div className="pl-4 text-xs text-slate-500">{t("project.contracts.subcontract")}</div> : null}
                </>
              ),
            },
            {
              key: "contractor",
              header: t("project.contracts.contractor"),
              className: "min-w-48",
              cell: (c) => (
                <>
                  {localizedName(locale, c.contractor.name, c.contractor.nameRu)}
                  <div className="font-mono text-xs text-slate-500">{c.contractor.bin}</div>
                </>
              ),
            },
            { key: "signed", header: t("project.contracts.signed"), nowrap: true, className: "tabular-nums", cell: (c) => formatDate(c.signedOn) },
            { key: "value", header: t("project.contracts.value"), numeric: true, cell: (c) => formatTiyn(c.valueTiyn) },
            { key: "invoices", header: t("project.contracts.invoices"), numeric: true, cell: (c) => c._count.invoices },
          ]}
        />
      </section>

      <section aria-labelledby="documents-title">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="documents-title" className="text-lg font-semibold text-slate-900">
            {t("project.documents.title")}
          </h2>
          <Link href={`/projects/${id}/documents`} className="text-sm text-brand-700 hover:underline">
            {t("project.documents.all")}
          </Link>
        </div>
        <DataTable
          locale={locale}
          rows={o.documents}
          rowKey={(d) => d.id}
          empty={t("project.documents.empty")}
          columns={[
            {
              key: "invoice",
              header: t("project.documents.invoice"),
              nowrap: true,
              cell: (d) =>
                d.contract.parentId === null ? (
                  <Link href={`/invoices/${d.id}`} className="text-brand-700 hover:underline">
                    {d.number}
                  </Link>
                ) : (
                  d.number
                ),
            },
            { key: "contract", header: t("project.documents.contract"), cell: (d) => d.contract.number },
            { key: "issued", header: t("project.documents.issued"), nowrap: true, className: "tabular-nums", cell: (d) => formatDate(d.issuedOn) },
            { key: "status", header: t("project.documents.status"), cell: (d) => t(`invoices.status.${d.status}`) },
            { key: "amount", header: t("project.documents.amount"), numeric: true, cell: (d) => formatTiyn(d.totalTiyn) },
          ]}
        />
      </section>

      <RevisionList locale={locale} revisions={o.revisions} />
    </div>
  );
}
