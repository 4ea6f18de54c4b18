import "server-only";
import { explainRules } from "../allocations/explain-rules";
import { formatDate, formatDateTime } from "../dates";
import { localizedName, translator, type TLocale } from "../i18n";
import { regionName } from "../kz/regions";
import { formatTiyn, percent } from "../money";
import { formatQuantityMilli } from "../quantity";
import type { TPublicArea } from "./area-profile";
import type { TCounterparty, TPublicCompany } from "./company-profile";
import { dataAsOf } from "./data-as-of";
import type { TStageSums } from "./ledger-flows";
import type { TNationalOverview } from "./national-overview";
import type { TPublicProject } from "./project-profile";
import { regionMapView } from "./region-map-view";
import type { TSearchRow } from "./search";

// The public pages' view models (decision 0117): every figure formatted, every label translated, every person
// already grouped (decision 0137). Pages only lay these out.

type TStageRow = { key: string; label: string; amount: string; share: string; level: number };

/** The stages as rows that add up, indented by what they make up (decision 0136). */
function stageRows(t: ReturnType<typeof translator>, s: TStageSums & { appropriated: bigint }): TStageRow[] {
  const of = (v: bigint) => percent(v, s.allocated);
  const row = (key: string, amount: bigint, level: number, share = true): TStageRow => ({ key, label: t(`open.stages.${key}` as never), amount: formatTiyn(amount), share: share ? of(amount) : "", level });
  return [
    row("appropriated", s.appropriated, 0, false),
    row("unallocated", s.appropriated - s.allocated, 1, false),
    row("allocated", s.allocated, 1),
    row("heldByProject", s.heldByProject, 2),
    row("firstTier", s.firstTier, 2),
    row("heldByCompanies", s.heldByCompanies, 3),
    row("wagesTaxes", s.wages + s.taxes, 3),
    row("released", s.released, 3),
    row("returned", s.returned, 2),
    row("downChain", s.downChain, 0),
    row("unspent", s.heldByProject + s.heldByCompanies, 0),
  ];
}

export function homeView(o: TNationalOverview, locale: TLocale) {
  const t = translator(locale);
  const max = o.byRegion.reduce((m, r) => (r.allocated > m ? r.allocated : m), 0n);
  return {
    stages: stageRows(t, o.totals),
    map: regionMapView(o.byRegion, locale),
    regions: o.byRegion.map((r) => ({
      key: r.region,
      href: `/open/regions/${r.region}`,
      name: regionName(r.region, locale),
      allocated: formatTiyn(r.allocated),
      paid: formatTiyn(r.firstTier),
      // Bar width in whole per-mille of the largest region: chart scale only, the exact amount is beside it.
      width: max > 0n ? Number((r.allocated * 1000n) / max) / 10 : 0,
    })),
    ministries: o.byMinistry.map((m) => ({ key: m.key, href: `/open/ministries/${m.key}`, name: localizedName(locale, m.ministry), appropriated: formatTiyn(m.appropriated), allocated: formatTiyn(m.allocated), paid: formatTiyn(m.firstTier) })),
    years: o.byYear.map((y) => ({ key: y.key, year: String(y.key), appropriated: formatTiyn(y.appropriated), allocated: formatTiyn(y.allocated), paid: formatTiyn(y.firstTier) })),
    projects: o.largestProjects.map((p) => ({ key: p.projectId, href: `/open/projects/${p.projectId}`, name: p.name, region: regionName(p.region, locale), allocated: formatTiyn(p.allocated), paid: formatTiyn(p.firstTier) })),
    recipients: recipientRows(o.largestRecipients, locale),
  };
}

/** Largest recipients: legal entities by name and BIN, persons one group row (decision 0137). */
export type TRecipientRow = ReturnType<typeof recipientRows>[number];

function recipientRows(rows: TNationalOverview["largestRecipients"], locale: TLocale) {
  const t = translator(locale);
  return rows.map((r) =>
    r.kind === "company"
      ? { key: r.bin, href: `/open/companies/${r.bin}`, name: localizedName(locale, r), bin: r.bin, received: formatTiyn(r.received) }
      : { key: "persons", href: null, name: t("open.persons", { count: r.count }), bin: "", received: formatTiyn(r.received) },
  );
}

/** A region's, ministry's or budget line's profile (issue 16): stages that add up, its projects, its recipients. */
export function areaView(a: TPublicArea, locale: TLocale) {
  const t = translator(locale);
  const s = a.subject;
  const header =
    s.kind === "region"
      ? { title: regionName(s.region, locale), intro: t("open.area.regionIntro"), ministryHref: null }
      : s.kind === "ministry"
        ? { title: localizedName(locale, s.ministry), intro: t("open.area.ministryIntro"), ministryHref: null }
        : { title: localizedName(locale, s.line), intro: t("open.area.lineIntro", { line: `${s.line.code} / ${s.line.specifics} · ${s.line.fiscalYear}`, ministry: localizedName(locale, s.line.ministry) }), ministryHref: `/open/ministries/${s.line.ministry.id}` };
  const all = stageRows(t, { ...a.totals, appropriated: a.totals.appropriated ?? a.totals.allocated });
  // A region has no appropriation of its own: its figures start at "allocated", as a project's do.
  const stages = a.totals.appropriated === null ? all.filter((r) => r.key !== "appropriated" && r.key !== "unallocated").map((r) => ({ ...r, level: Math.max(0, r.level - 1) })) : all;
  return {
    ...header,
    stages,
    projects: {
      ...a.projects,
      rows: a.projects.rows.map((p) => ({ key: p.id, href: `/open/projects/${p.id}`, name: localizedName(locale, p), region: regionName(p.region, locale), allocated: formatTiyn(p.allocated), paid: formatTiyn(p.firstTier) })),
    },
    recipients: recipientRows(a.recipients, locale),
  };
}

export function projectView(p: TPublicProject, locale: TLocale, now = new Date()) {
  const t = translator(locale);
  return {
    title: localizedName(locale, p.project),
    intro: t("open.project.intro", { ministry: localizedName(locale, p.project.ministry), region: regionName(p.project.region, locale) }),
    figures: stageRows(t, { ...p.figures, appropriated: p.figures.allocated }).filter((r) => r.key !== "appropriated" && r.key !== "unallocated").map((r) => ({ ...r, level: Math.max(0, r.level - 1) })),
    items: {
      ...p.items,
      rows: p.items.rows.map((i) => ({ id: i.id, code: i.code, name: localizedName(locale, i), quantity: formatQuantityMilli(i.quantityMilli, locale, i.unit), estimate: formatTiyn(i.estimateTiyn), contracted: formatTiyn(i.contractedTiyn), paid: formatTiyn(i.paidTiyn) })),
    },
    contracts: p.contracts.map((c) => ({
      id: c.id,
      depth: c.depth,
      number: c.number,
      contractor: c.contractor ? localizedName(locale, c.contractor) : t("open.personContractor"),
      href: c.contractor ? `/open/companies/${c.contractor.bin}` : null,
      bin: c.contractor?.bin ?? "",
      isFinalSupplier: c.isFinalSupplier,
      value: formatTiyn(c.valueTiyn),
      paid: formatTiyn(c.paidTiyn),
    })),
    timeline: p.timeline.map((m) => {
      const v = (k: string) => formatTiyn(m.byStage[k] ?? 0n);
      return { month: m.month, allocated: v("allocated"), firstTier: v("firstTier"), downChain: v("downChain"), wagesTaxes: v("wagesTaxes"), released: v("released"), returned: v("returned") };
    }),
    colours: p.colours.map((c) => ({
      id: c.id,
      line: t("open.project.colourLine", { line: `${c.budgetLine.code} / ${c.budgetLine.specifics} · ${c.budgetLine.fiscalYear}` }),
      lineName: localizedName(locale, c.budgetLine),
      minted: formatTiyn(c.mintedTiyn),
      status: t(`open.project.colourStatus.${c.isClosed ? "closed" : c.isFrozen ? "frozen" : c.expiresAt <= now ? "expired" : "active"}`),
      rules: c.rules ? explainRules(c.rules, p.itemCount).map((s) => t(`allocations.explain.${s.key}` as never, s.params)) : [],
    })),
  };
}

function counterpartyLabel(who: TCounterparty, locale: TLocale) {
  const t = translator(locale);
  switch (who.kind) {
    case "company":
      return { name: localizedName(locale, who), href: `/open/companies/${who.bin}`, bin: who.bin };
    case "project":
      return { name: t("open.company.projectPayer", { name: who.name }), href: `/open/projects/${who.projectId}`, bin: "" };
    case "persons":
      return { name: t("open.persons", { count: who.count }), href: null, bin: "" };
    case "exit":
      return { name: t(`open.exits.${who.exit}` as never), href: null, bin: "" };
  }
}

export function companyView(c: TPublicCompany, locale: TLocale) {
  const t = translator(locale);
  const side = (rows: TPublicCompany["colours"][number]["from"]) => rows.map((r, i) => ({ key: `${r.who.kind}-${i}`, ...counterpartyLabel(r.who, locale), amount: formatTiyn(r.amountTiyn) }));
  return {
    title: localizedName(locale, c.company),
    intro: c.company.region ? t("open.company.intro", { bin: c.company.bin!, region: regionName(c.company.region, locale) }) : t("open.company.introNoRegion", { bin: c.company.bin! }),
    isDebarred: c.company.isDebarred,
    colours: c.colours.map((k) => ({
      id: k.colourId,
      title: t("open.company.colourTitle", { project: k.project.name, line: `${k.budgetLine.code} / ${k.budgetLine.specifics} · ${k.budgetLine.fiscalYear}` }),
      href: `/open/projects/${k.project.id}`,
      summary: [t("open.company.received", { amount: formatTiyn(k.receivedTiyn) }), t("open.company.paidOn", { amount: formatTiyn(k.paidOnTiyn) }), t("open.company.exited", { amount: formatTiyn(k.exitedTiyn) })].join(" · "),
      from: side(k.from),
      to: side(k.to),
    })),
  };
}

/** The footer of every public page: as of when, and the latest chain heads (decision 0139). */
export async function asOfView(locale: TLocale) {
  const t = translator(locale);
  const d = await dataAsOf();
  return {
    asOf: d.asOf ? t("open.asOf", { time: formatDateTime(d.asOf) }) : t("open.asOfNone"),
    summary: t("open.heads.summary", { chains: d.chains, entries: d.entries }),
    heads: d.heads.map((h) => ({ key: h.chain, label: t("open.heads.head", { chain: h.chain, seq: h.seq }), hash: h.hash })),
    published: d.publication ? t("open.heads.published", { digest: d.publication.digest, time: formatDate(d.publication.publishedAt) }) : null,
  };
}

/** Search results as shown and as downloaded: the same rows, in the same order (issue 16). */
export function searchRowsView(rows: readonly TSearchRow[], locale: TLocale) {
  const t = translator(locale);
  return rows.map((r) => ({
    key: `${r.kind}:${r.key}`,
    kind: r.kind,
    kindLabel: t(`open.search.rowKinds.${r.kind}`),
    name: localizedName(locale, r),
    detail: r.kind === "project" ? regionName(r.detail, locale) : r.detail,
    amountTiyn: r.amountTiyn,
    amount: formatTiyn(r.amountTiyn),
    href: r.kind === "project" ? `/open/projects/${r.key}` : r.kind === "company" ? `/open/companies/${r.key}` : `/open/budget-lines/${r.key}`,
  }));
}
export type TProjectView = ReturnType<typeof projectView>;
