import "server-only";
import type { TActor } from "../actor";
import { explainRules } from "../allocations/explain-rules";
import { formatDate, formatDateTime } from "../dates";
import { localizedName, translator, type TLocale } from "../i18n";
import { formatTiyn, percent } from "../money";
import { canReturnRemainder } from "../rules/remainder";
import { getProjectOverview } from "./project-overview";

/**
 * A project's overview page as plain rows and labels (issue 14, item 6): the figures, each colour with its rules in
 * words and its holders, the contracts and the latest documents. The official's scope stays in getProjectOverview.
 */
export async function projectOverviewView({ actor, projectId, contractsPage, locale, now = new Date() }: { actor: TActor; projectId: number; contractsPage?: number; locale: TLocale; now?: Date }) {
  const o = await getProjectOverview({ actor, projectId, contractsPage });
  const t = translator(locale);
  const share = (value: bigint) => percent(value, o.totals.estimate);
  return {
    figures: [
      { label: t("project.figures.estimate"), value: formatTiyn(o.totals.estimate), share: null },
      { label: t("project.figures.contracted"), value: formatTiyn(o.totals.contracted), share: share(o.totals.contracted) },
      { label: t("project.figures.invoiced"), value: formatTiyn(o.totals.invoiced), share: share(o.totals.invoiced) },
      { label: t("project.figures.paid"), value: formatTiyn(o.totals.paid), share: share(o.totals.paid) },
    ],
    colours: o.colours.map((c) => {
      const status = (c.isClosed ? "closed" : c.isFrozen ? "frozen" : c.expiresAt <= now ? "expired" : "active") as "closed" | "frozen" | "expired" | "active";
      return {
        id: c.id,
        line: `${c.budgetLine.code} / ${c.budgetLine.specifics} · ${c.budgetLine.fiscalYear} · ${localizedName(locale, c.budgetLine)}`,
        status,
        isClosed: c.isClosed,
        frozenReason: c.isFrozen ? c.frozenReason : null,
        minted: formatTiyn(c.mintedTiyn),
        inCirculation: formatTiyn(c.inCirculationTiyn),
        expires: formatDateTime(c.expiresAt),
        rulesVersion: c.rules.version,
        rules: explainRules(c.rules, o.itemCount).map((s) => ({ key: s.key, text: t(`allocations.explain.${s.key}` as never, s.params) })),
        holders: c.holders.map((h) => ({
          id: String(h.id),
          name: h.kind === "exit" ? t(`project.exits.${h.name}` as never) : h.kind === "company" ? localizedName(locale, h) : h.name,
          isFrozen: h.isFrozen,
          balance: formatTiyn(h.balanceTiyn),
        })),
        canReturn: canReturnRemainder(c, now),
        returnable: formatTiyn(c.holders.filter((h) => h.kind !== "exit").reduce((a, h) => a + h.balanceTiyn, 0n)),
      };
    }),
    contracts: {
      page: o.contracts.page,
      pages: o.contracts.pages,
      total: o.contracts.total,
      rows: o.contracts.rows.map((c) => ({
        id: c.id,
        number: c.number,
        isSub: c.parentId !== null,
        contractor: localizedName(locale, c.contractor),
        bin: c.contractor.bin,
        signed: formatDate(c.signedOn),
        value: formatTiyn(c.valueTiyn),
        invoices: c._count.invoices,
      })),
    },
    documents: o.documents.map((d) => ({
      id: d.id,
      number: d.number,
      // Officials decide on invoices under general contracts; a subcontract's invoices are its payer's.
      href: d.contract.parentId === null ? `/invoices/${d.id}` : null,
      contract: d.contract.number,
      issued: formatDate(d.issuedOn),
      status: t(`invoices.status.${d.status}`),
      amount: formatTiyn(d.totalTiyn),
    })),
    revisions: o.revisions,
  };
}

export type TProjectOverviewView = Awaited<ReturnType<typeof projectOverviewView>>;
