import type { Metadata } from "next";
import Link from "next/link";
import { traceHref } from "@/lib/trace/subject";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/page-header";
import { requireRole } from "@/lib/auth";
import { formatDate, formatDateTime } from "@/lib/dates";
import { NotFoundError } from "@/lib/errors";
import { getFlag } from "@/lib/flags/list-flags";
import { definitionOf, factsOf, formatThreshold, thresholdsOf } from "@/lib/flags/present";
import type { TTie } from "@/lib/flags/decide";
import { localizedName, type TTranslate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { regionName } from "@/lib/kz/regions";
import { formatTiyn } from "@/lib/money";
import { FlagTabs, SeverityBadge } from "../flag-tabs";
import { ReviewForm } from "./review-form";
import { routeId } from "../../route-helpers";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("flags.title") };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

function Table({ head, children, label }: { head: string[]; children: ReactNode; label: string }) {
  return (
    <div className="card overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label={label}>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 text-left font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

function Pairs({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="card grid gap-x-6 gap-y-3 p-5 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{k}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const td = "px-3 py-2";
const companyLink = (id: number, name: string) => (
  <Link href={`/flags?company=${id}`} className="text-brand-700 hover:underline">
    {name}
  </Link>
);

export default async function FlagPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole("investigator");
  const { t, locale } = await getT();
  const id = routeId((await params).id);
  const d = await getFlag({ actor, id }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { flag } = d;
  const name = (o: { name: string; nameRu?: string | null }) => localizedName(locale, o.name, o.nameRu);
  const company = d.companies.find((c) => c.id === flag.companyId);
  // The thresholds this flag was computed with (stored with it), which are today's unless the config changed.
  const current = thresholdsOf(flag.kind, t, locale);
  const stored = Object.entries((flag.facts.thresholds ?? {}) as Record<string, unknown>);
  const thresholds = { section: current.section, rows: stored.length ? stored.map(([k, v]): [string, string] => [k, formatThreshold(k, v, t, locale)]) : current.rows };
  const relations = (flag.facts.relations ?? []) as TTie[];
  const holder = (a: (typeof d.transfers)[number]["from"]) =>
    a.holderKind === "company" && a.organization
      ? companyLink(a.organization.id, name(a.organization))
      : a.holderKind === "project"
        ? (a.project?.name ?? t("flags.detail.holder.project"))
        : a.holderKind === "exit"
          ? t("flags.detail.holder.exit", { name: t(`flags.detail.exitName.${a.holderKey.slice(5) as "wages" | "taxes" | "release" | "returned"}`) })
          : t("flags.detail.holder.issuance");
  return (
    <>
      <Link href="/flags" className="mb-4 inline-block text-sm text-brand-700 hover:underline">
        ← {t("flags.tabs.queue")}
      </Link>
      <PageHeader title={t(`flags.kinds.${flag.kind}.name`)} intro={t("flags.flagNo", { id: flag.id })} actions={<SeverityBadge severity={flag.severity} label={t(`flags.severity.${flag.severity}`)} />} />
      <FlagTabs t={t} />
      <Pairs
        rows={[
          [t("flags.detail.severity"), t(`flags.severity.${flag.severity}`)],
          [t("flags.detail.score"), String(flag.score)],
          [t("flags.detail.status"), t(`flags.status.${flag.status}`)],
          [
            t("flags.detail.project"),
            <Link key="p" href={`/flags?project=${d.project.id}`} className="text-brand-700 hover:underline">
              {d.project.name}
            </Link>,
          ],
          [t("flags.columns.region"), regionName(flag.region, locale)],
          [t("flags.detail.colour"), `${d.colour.budgetLine.code} / ${d.colour.budgetLine.specifics} · №${d.colour.id}`],
          [t("flags.detail.company"), company ? companyLink(company.id, name(company)) : "—"],
          [t("flags.detail.firstDetected"), formatDateTime(flag.firstDetectedAt)],
          [t("flags.detail.lastDetected"), formatDateTime(flag.lastDetectedAt)],
          ...(flag.dismissedReason ? ([[t("flags.detail.dismissedReason"), flag.dismissedReason]] as [string, string][]) : []),
        ]}
      />

      <div className="mb-6 flex flex-wrap gap-3">
        {company ? (
          <Link className="btn-secondary" href={traceHref({ kind: "company", id: company.id }, "forward")}>
            {t("flags.detail.traceCompany", { name: name(company) })}
          </Link>
        ) : null}
        <Link className="btn-secondary" href={traceHref({ kind: "colour", id: d.colour.id }, "forward")}>
          {t("flags.detail.traceColour", { id: d.colour.id })}
        </Link>
        <Link className="btn-primary" href={`/cases?attach=flag:${flag.id}#open`}>
          {t("flags.detail.openCase")}
        </Link>
      </div>

      <Section title={t("flags.detail.definition")}>
        <p className="max-w-3xl text-sm leading-6 text-slate-800">{definitionOf(flag.kind, t, locale)}</p>
      </Section>

      {thresholds.rows.length ? (
        <Section title={t("flags.detail.thresholds")}>
          <Pairs rows={thresholds.rows.map(([k, v]) => [t(`flags.thresholds.${thresholds.section}.${k}` as Parameters<TTranslate>[0]), v])} />
        </Section>
      ) : null}

      <Section title={t("flags.detail.measured")}>
        <Pairs rows={factsOf(flag.facts, t, locale).map(([k, v]) => [t(`flags.facts.${k}` as Parameters<TTranslate>[0]), v])} />
      </Section>

      {relations.length ? (
        <Section title={t("flags.detail.relations")}>
          <ul className="card divide-y divide-slate-100 text-sm">
            {relations.map((r, i) => {
              const party = r.organizationId ? d.companies.find((c) => c.id === r.organizationId) : null;
              const user = r.userId ? d.users.find((u) => u.id === r.userId) : null;
              const person = r.personId ? d.persons.find((p) => p.id === r.personId) : null;
              const who = party ? name(party) : (user?.name ?? `#${r.userId}`);
              return (
                <li key={i} className="px-4 py-2">
                  {t("flags.relation.line", { party: who, role: t(`flags.relation.role.${r.role}`), via: t(`flags.relation.via.${r.via}`) })}
                  {person ? <span className="text-slate-600"> — {person.fullName}</span> : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}

      <Section title={t("flags.detail.evidence")}>
        <div className="space-y-6">
          {d.transfers.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("flags.detail.transfers")}</h3>
              <Table label={t("flags.detail.transfers")} head={[t("flags.detail.transfer.id"), t("flags.detail.transfer.kind"), t("flags.detail.transfer.from"), t("flags.detail.transfer.to"), t("flags.detail.transfer.amount"), t("flags.detail.transfer.document"), t("flags.detail.transfer.at")]}>
                {d.transfers.map((tr) => (
                  <tr key={tr.id.toString()} id={`transfer-${tr.id}`}>
                    <td className={`${td} tabular-nums`}>
                      {tr.id.toString()}
                      <div className="flex gap-3 text-xs">
                        {(["forward", "backward"] as const).map((direction) => (
                          <Link key={direction} className="text-brand-700 hover:underline" href={traceHref({ kind: "transfer", id: Number(tr.id) }, direction)}>
                            {t(`trace.${direction}`)}
                            <span className="sr-only"> {t("trace.transferNode", { id: tr.id.toString() })}</span>
                          </Link>
                        ))}
                      </div>
                    </td>
                    <td className={td}>{t(`flags.detail.transferKind.${tr.kind}`)}</td>
                    <td className={td}>{holder(tr.from)}</td>
                    <td className={td}>{holder(tr.to)}</td>
                    <td className={`num ${td}`}>{formatTiyn(tr.amountTiyn)}</td>
                    <td className={td}>{tr.documentType === "invoice" ? (d.invoices.find((i) => BigInt(i.id) === tr.documentId) ? <a href={`#invoice-${tr.documentId}`} className="text-brand-700 hover:underline">{d.invoices.find((i) => BigInt(i.id) === tr.documentId)!.number}</a> : `${tr.documentType} ${tr.documentId ?? ""}`) : tr.documentType}</td>
                    <td className={`${td} tabular-nums whitespace-nowrap`}>{formatDateTime(tr.createdAt)}</td>
                  </tr>
                ))}
              </Table>
            </div>
          ) : null}
          {d.invoices.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("flags.detail.invoices")}</h3>
              <Table label={t("flags.detail.invoices")} head={[t("flags.detail.invoice.number"), t("flags.detail.companyCols.name"), t("flags.detail.invoice.contract"), t("flags.detail.invoice.issued"), t("flags.detail.invoice.total"), t("flags.detail.invoice.status"), t("flags.detail.invoice.submitted"), t("flags.detail.invoice.paid")]}>
                {d.invoices.map((i) => {
                  const issuer = d.companies.find((c) => c.id === i.issuerId);
                  return (
                    <tr key={i.id} id={`invoice-${i.id}`}>
                      <td className={`${td} font-medium`}>{i.number}</td>
                      <td className={td}>{issuer ? companyLink(issuer.id, name(issuer)) : `#${i.issuerId}`}</td>
                      <td className={td}>{i.contract.number}</td>
                      <td className={`${td} tabular-nums`}>{formatDate(i.issuedOn)}</td>
                      <td className={`num ${td}`}>{formatTiyn(i.totalTiyn)}</td>
                      <td className={td}>{t(`invoices.status.${i.status}`)}</td>
                      <td className={`${td} tabular-nums whitespace-nowrap`}>{formatDateTime(i.submittedAt)}</td>
                      <td className={`${td} tabular-nums whitespace-nowrap`}>{formatDateTime(i.paidAt)}</td>
                    </tr>
                  );
                })}
              </Table>
            </div>
          ) : null}
          {d.contracts.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("flags.detail.contracts")}</h3>
              <Table label={t("flags.detail.contracts")} head={[t("flags.detail.contract.number"), t("flags.detail.contract.tier"), t("flags.detail.contract.contractor"), t("flags.detail.contract.value"), t("flags.detail.contract.signed")]}>
                {d.contracts.map((c) => (
                  <tr key={c.id}>
                    <td className={`${td} font-medium`}>{c.number}</td>
                    <td className={td}>{t(c.parentId ? "flags.detail.contract.subcontract" : "flags.detail.contract.general")}</td>
                    <td className={td}>{companyLink(c.contractor.id, name(c.contractor))}</td>
                    <td className={`num ${td}`}>{formatTiyn(c.valueTiyn)}</td>
                    <td className={`${td} tabular-nums`}>{formatDate(c.signedOn)}</td>
                  </tr>
                ))}
              </Table>
            </div>
          ) : null}
          {d.companies.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("flags.detail.companies")}</h3>
              <Table label={t("flags.detail.companies")} head={[t("flags.detail.companyCols.name"), t("flags.detail.companyCols.bin"), t("flags.detail.companyCols.registered"), t("flags.detail.companyCols.address"), t("flags.detail.companyCols.bankAccount"), t("flags.detail.companyCols.people"), t("flags.detail.companyCols.debarred")]}>
                {d.companies.map((c) => (
                  <tr key={c.id}>
                    <td className={`${td} font-medium`}>{companyLink(c.id, name(c))}</td>
                    <td className={`${td} font-mono text-xs`}>{c.bin ?? "—"}</td>
                    <td className={`${td} tabular-nums`}>{formatDate(c.registeredOn)}</td>
                    <td className={td}>{c.address ?? "—"}</td>
                    <td className={`${td} font-mono text-xs`}>{c.bankAccount ?? "—"}</td>
                    <td className={td}>{c.people.length ? c.people.map((p) => `${p.person.fullName} (${t(`flags.detail.personRole.${p.role}`)})`).join(", ") : "—"}</td>
                    <td className={td}>{t(c.isDebarred ? "common.yes" : "common.no")}</td>
                  </tr>
                ))}
              </Table>
            </div>
          ) : null}
          {d.persons.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("flags.detail.persons")}</h3>
              <Table label={t("flags.detail.persons")} head={[t("flags.detail.personCols.name"), t("flags.detail.personCols.roles"), t("flags.detail.personCols.accounts")]}>
                {d.persons.map((p) => (
                  <tr key={p.id}>
                    <td className={`${td} font-medium`}>{p.fullName}</td>
                    <td className={td}>
                      {p.roles.length
                        ? p.roles.map((r, i) => (
                            <span key={`${r.organizationId}-${r.role}`}>
                              {i > 0 ? ", " : null}
                              {companyLink(r.organization.id, name(r.organization))} ({t(`flags.detail.personRole.${r.role}`)})
                            </span>
                          ))
                        : "—"}
                    </td>
                    <td className={td}>{p.users.length ? p.users.map((u) => `${u.name} (${t(`roles.${u.role}`)})`).join(", ") : "—"}</td>
                  </tr>
                ))}
              </Table>
            </div>
          ) : null}
          {d.users.length ? (
            <div>
              <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("flags.detail.users")}</h3>
              <Table label={t("flags.detail.users")} head={[t("flags.detail.userCols.name"), t("flags.detail.userCols.email"), t("flags.detail.userCols.role"), t("flags.detail.userCols.organization")]}>
                {d.users.map((u) => (
                  <tr key={u.id}>
                    <td className={`${td} font-medium`}>{u.name}</td>
                    <td className={td}>{u.email}</td>
                    <td className={td}>{t(`roles.${u.role}`)}</td>
                    <td className={td}>{u.organization ? name(u.organization) : "—"}</td>
                  </tr>
                ))}
              </Table>
            </div>
          ) : null}
        </div>
      </Section>

      {flag.status !== "cleared" ? (
        <Section title={t("flags.review.title")}>
          <div className="max-w-xl">
            <ReviewForm flagId={flag.id} isDismissed={flag.status === "dismissed"} />
          </div>
        </Section>
      ) : null}
    </>
  );
}
