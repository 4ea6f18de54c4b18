import "server-only";
import type { TActor } from "../actor";
import { formatDate, formatDateTime } from "../dates";
import { localizedName, localText, translator, type TLocale, type TNames, type TTranslate } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn } from "../money";
import { traceHref } from "../trace/subject";
import type { TTie } from "./decide";
import { getFlag } from "./list-flags";
import { mealEvidenceView } from "./meal-evidence";
import { definitionOf, factsOf, formatThreshold, thresholdsOf } from "./present";

/** A text that may link somewhere (a company or project page, an invoice row on the same page). */
export type TLinkText = { text: string; href?: string; lang?: TLocale | null; fallback?: string | null };
export type TFlagPair = { label: string; value: TLinkText };

type TFlag = Awaited<ReturnType<typeof getFlag>>;
type THolder = TFlag["transfers"][number]["from"];
type TKey = Parameters<TTranslate>[0];

// Issue 19: a flag names its entities by their own pages (investigators read every one), not by filtered flag lists.
const companyHref = (id: number) => `/contractors/${id}`;

/**
 * The flag page's view model (issue 14, item 6): every row and label the page shows, already worded in the
 * reader's language; the page only lays them out. The investigator check stays in getFlag.
 */
export async function flagPageView({ actor, flagId, locale }: { actor: TActor; flagId: number; locale: TLocale }) {
  const d = await getFlag({ actor, id: flagId });
  const t = translator(locale);
  const { flag } = d;
  const name = (o: { name: string; nameRu?: string | null }) => localizedName(locale, o);
  const company = d.companies.find((c) => c.id === flag.companyId);
  const companyLink = (c: TNames & { id: number }): TLinkText => ({ ...localText(locale, t, c), href: companyHref(c.id) });
  const holder = (a: THolder): TLinkText =>
    a.holderKind === "company" && a.organization
      ? companyLink(a.organization)
      : a.holderKind === "project" && a.project
        ? localText(locale, t, a.project)
        : {
            text:
              a.holderKind === "project"
                ? t("flags.detail.holder.project")
                : a.holderKind === "exit"
                  ? t("flags.detail.holder.exit", { name: t(`flags.detail.exitName.${a.holderKey.slice(5) as "wages" | "taxes" | "release" | "returned"}`) })
                  : t("flags.detail.holder.issuance"),
          };
  return {
    flag: { id: flag.id, kind: flag.kind, severity: flag.severity, status: flag.status },
    summary: summaryOf(d, t, locale, company ? companyLink(company) : { text: "—" }),
    traces: {
      company: company ? { href: traceHref({ kind: "company", id: company.id }, "forward"), name: name(company) } : null,
      colour: { href: traceHref({ kind: "colour", id: d.colour.id }, "forward"), id: d.colour.id },
    },
    definition: definitionOf(flag.kind, t, locale),
    thresholds: thresholdsRows(d, t, locale),
    facts: factsOf(flag.facts, t, locale).map(([k, v]): TFlagPair => ({ label: t(`flags.facts.${k}` as TKey), value: { text: v } })),
    relations: ((flag.facts.relations ?? []) as TTie[]).map((r) => {
      const party = r.organizationId ? d.companies.find((c) => c.id === r.organizationId) : null;
      const user = r.userId ? d.users.find((u) => u.id === r.userId) : null;
      const person = r.personId ? d.persons.find((p) => p.id === r.personId) : null;
      const who = party ? name(party) : (user?.name ?? `#${r.userId}`);
      return { text: t("flags.relation.line", { party: who, role: t(`flags.relation.role.${r.role}`), via: t(`flags.relation.via.${r.via}`) }), person: person?.fullName ?? null };
    }),
    transfers: d.transfers.map((tr) => {
      const invoice = tr.documentType === "invoice" ? d.invoices.find((i) => BigInt(i.id) === tr.documentId) : undefined;
      return {
        id: tr.id.toString(),
        traces: (["forward", "backward"] as const).map((direction) => ({ direction, href: traceHref({ kind: "transfer", id: Number(tr.id) }, direction) })),
        kind: t(`flags.detail.transferKind.${tr.kind}`),
        from: holder(tr.from),
        to: holder(tr.to),
        amount: formatTiyn(tr.amountTiyn),
        document: (invoice ? { text: invoice.number, href: `#invoice-${tr.documentId}` } : { text: tr.documentType === "invoice" ? `${tr.documentType} ${tr.documentId ?? ""}` : tr.documentType }) as TLinkText,
        at: formatDateTime(tr.createdAt),
      };
    }),
    invoices: d.invoices.map((i) => {
      const issuer = d.companies.find((c) => c.id === i.issuerId);
      return {
        id: i.id,
        number: i.number,
        issuer: issuer ? companyLink(issuer) : { text: `#${i.issuerId}` },
        contract: i.contract.number,
        issued: formatDate(i.issuedOn),
        total: formatTiyn(i.totalTiyn),
        status: t(`invoices.status.${i.status}`),
        submitted: formatDateTime(i.submittedAt),
        paid: formatDateTime(i.paidAt),
      };
    }),
    contracts: d.contracts.map((c) => ({
      id: c.id,
      number: c.number,
      tier: t(c.parentId ? "flags.detail.contract.subcontract" : "flags.detail.contract.general"),
      contractor: companyLink(c.contractor),
      value: formatTiyn(c.valueTiyn),
      signed: formatDate(c.signedOn),
    })),
    companies: d.companies.map((c) => ({
      id: c.id,
      name: companyLink(c),
      bin: c.bin ?? "—",
      registered: formatDate(c.registeredOn),
      address: c.address ?? "—",
      bankAccount: c.bankAccount ?? "—",
      people: c.people.length ? c.people.map((p) => `${p.person.fullName} (${t(`flags.detail.personRole.${p.role}`)})`).join(", ") : "—",
      debarred: t(c.isDebarred ? "common.yes" : "common.no"),
    })),
    persons: d.persons.map((p) => ({
      id: p.id,
      name: p.fullName,
      roles: p.roles.map((r) => ({ key: `${r.organizationId}-${r.role}`, company: companyLink(r.organization), role: t(`flags.detail.personRole.${r.role}`) })),
      accounts: p.users.length ? p.users.map((u) => `${u.name} (${t(`roles.${u.role}`)})`).join(", ") : "—",
    })),
    users: d.users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: t(`roles.${u.role}`), organization: u.organization ? name(u.organization) : "—" })),
    mealEvidence: mealEvidenceView(d.meal, t, name),
  };
}

export type TFlagPageView = Awaited<ReturnType<typeof flagPageView>>;

function summaryOf(d: TFlag, t: TTranslate, locale: TLocale, company: TLinkText): TFlagPair[] {
  const { flag } = d;
  const pair = (label: string, text: string, href?: string): TFlagPair => ({ label, value: { text, href } });
  return [
    pair(t("flags.detail.severity"), t(`flags.severity.${flag.severity}`)),
    pair(t("flags.detail.score"), String(flag.score)),
    pair(t("flags.detail.status"), t(`flags.status.${flag.status}`)),
    { label: t("flags.detail.project"), value: { ...localText(locale, t, d.project), href: `/projects/${d.project.id}` } },
    pair(t("flags.columns.region"), regionName(flag.region, locale)),
    pair(t("flags.detail.colour"), `${d.colour.budgetLine.code} / ${d.colour.budgetLine.specifics} · №${d.colour.id}`),
    { label: t("flags.detail.company"), value: company },
    pair(t("flags.detail.firstDetected"), formatDateTime(flag.firstDetectedAt)),
    pair(t("flags.detail.lastDetected"), formatDateTime(flag.lastDetectedAt)),
    ...(flag.dismissedReason ? [pair(t("flags.detail.dismissedReason"), flag.dismissedReason)] : []),
  ];
}

/** The thresholds this flag was computed with (stored with it), which are today's unless the config changed. */
function thresholdsRows(d: TFlag, t: TTranslate, locale: TLocale): TFlagPair[] {
  const { flag } = d;
  const current = thresholdsOf(flag.kind, t, locale);
  const stored = Object.entries((flag.facts.thresholds ?? {}) as Record<string, unknown>);
  const rows = stored.length ? stored.map(([k, v]): [string, string] => [k, formatThreshold(k, v, t, locale)]) : current.rows;
  return rows.map(([k, v]) => ({ label: t(`flags.thresholds.${current.section}.${k}` as TKey), value: { text: v } }));
}
