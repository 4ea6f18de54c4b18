import "server-only";
import type { TActor } from "../actor";
import { getCompanyContract } from "./company-contracts";
import { formatDate } from "../dates";
import { localizedName, nameIn, translator, type TLocale } from "../i18n";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../quantity";

export type TCompanyItemColumn = "quantity" | "billed" | "remaining" | "subcontracted" | "ceiling";

/**
 * A company's contract page as plain rows and labels (issue 14, item 6). The holder also sees what it subcontracted;
 * the company scope stays in getCompanyContract.
 */
export async function companyContractPageView({ actor, contractId, q, invoicePage, locale }: { actor: TActor; contractId: number; q?: string; invoicePage?: number; locale: TLocale }) {
  const view = await getCompanyContract({ actor, contractId, q, invoicePage });
  const t = translator(locale);
  const { contract, isHolder } = view;
  const name = (o: { name: string; nameRu?: string | null }) => localizedName(locale, o);
  const qty = (milli: bigint, unit: string) => formatQuantityMilli(milli, locale, unit);
  const itemColumns: TCompanyItemColumn[] = isHolder ? ["quantity", "billed", "remaining", "subcontracted", "ceiling"] : ["quantity", "billed", "remaining", "ceiling"];
  return {
    id: contract.id,
    isHolder,
    canAct: isHolder && contract.status === "active",
    isFinalSupplier: contract.isFinalSupplier,
    title: t("company.contract.title", { number: contract.number }),
    intro: t("company.contract.intro", { project: name(contract.project), colour: contract.colour.id, expires: formatDate(contract.colour.expiresAt) }),
    facts: [
      [t("company.contract.facts.kind"), t(contract.parentId ? "company.contractKinds.sub" : "company.contractKinds.general")],
      [t("company.contract.facts.contractor"), `${name(contract.contractor)} (${contract.contractor.bin ?? "—"})`],
      [t("company.contract.facts.payer"), view.payer ? `${name(view.payer)} (${view.payer.bin ?? "—"})` : t("company.contract.projectPays", { project: name(contract.project) })],
      [t("company.contract.facts.value"), formatTiyn(contract.valueTiyn)],
      [t("company.contract.facts.signed"), formatDate(contract.signedOn)],
      [t("company.contract.facts.ends"), formatDate(contract.endsOn)],
      [t("company.contract.facts.status"), t(`company.contractStatus.${contract.status}`)],
    ] as [string, string][],
    itemColumns,
    itemCount: view.itemCount,
    items: view.items.map((i) => {
      const unit = i.estimateItem.unit;
      const figures: Record<TCompanyItemColumn, string> = {
        quantity: qty(i.quantityMilli, unit),
        billed: qty(i.billedMilli, unit),
        remaining: qty(i.quantityMilli - i.billedMilli, unit),
        subcontracted: qty(i.subcontractedMilli, unit),
        ceiling: formatTiyn(i.ceilingUnitPriceTiyn),
      };
      return { id: i.estimateItemId, code: i.estimateItem.code, name: nameIn(locale, i.estimateItem), figures };
    }),
    remainingForSubcontracts: formatTiyn(view.remainingForSubcontractsTiyn),
    subcontracts: view.subcontracts.map((s) => ({ id: s.id, number: s.number, company: nameIn(locale, s.contractor), bin: s.contractor.bin, value: formatTiyn(s.valueTiyn), status: t(`company.contractStatus.${s.status}`) })),
    invoices: {
      page: view.invoices.page,
      pages: view.invoices.pages,
      total: view.invoices.total,
      rows: view.invoices.rows.map((i) => ({ id: i.id, number: i.number, issued: formatDate(i.issuedOn), total: formatTiyn(i.totalTiyn), status: t(`company.invoices.status.${i.status}`) })),
    },
  };
}

export type TCompanyContractPageView = Awaited<ReturnType<typeof companyContractPageView>>;
