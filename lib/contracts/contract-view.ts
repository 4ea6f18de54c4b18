import "server-only";
import type { TActor } from "../actor";
import { formatDate } from "../dates";
import { localizedName, nameIn, translator, type TLocale } from "../i18n";
import { formatTiyn } from "../money";
import { formatQuantityMilli } from "../quantity";
import { getContract } from "./get-contract";

/**
 * The official's contract page as plain rows and labels (issue 14, item 6): facts, items, invoices, subcontracts
 * worded in the reader's language. The official check and the scope stay in getContract.
 */
export async function contractPageView({ actor, contractId, invoicesPage, locale }: { actor: TActor; contractId: number; invoicesPage?: number; locale: TLocale }) {
  const view = await getContract({ actor, contractId, invoicesPage });
  const t = translator(locale);
  const { contract } = view;
  const isSub = contract.parent != null;
  const name = (o: { name: string; nameRu?: string | null }) => localizedName(locale, o);
  const quantity = (milli: bigint, unit: string) => formatQuantityMilli(milli, locale, unit);
  const contractorName = name(contract.contractor);
  return {
    id: contract.id,
    number: contract.number,
    isSub,
    title: t(isSub ? "contracts.subDetailTitle" : "contracts.detailTitle", { number: contract.number }),
    status: t(`contracts.status.${contract.status}`),
    contractor: { id: contract.contractor.id, name: contractorName, local: nameIn(locale, contract.contractor), bin: contract.contractor.bin, isDebarred: contract.contractor.isDebarred, debarredReason: contract.contractor.debarredReason },
    project: localizedName(locale, contract.project),
    projectLocal: nameIn(locale, contract.project),
    colour: t("contracts.colourLabel", { colour: contract.colour.id, code: `${contract.colour.budgetLine.code} / ${contract.colour.budgetLine.specifics}` }),
    parent: contract.parent ? { id: contract.parent.id, number: contract.parent.number, contractorId: contract.parent.contractor.id, contractorName: name(contract.parent.contractor), contractorLocal: nameIn(locale, contract.parent.contractor) } : null,
    value: formatTiyn(contract.valueTiyn),
    billed: formatTiyn(view.billedTiyn),
    paid: formatTiyn(view.paidTiyn),
    term: `${formatDate(contract.signedOn)}${contract.endsOn ? ` — ${formatDate(contract.endsOn)}` : ""}`,
    committed: formatTiyn(view.committedToSubcontractsTiyn),
    remaining: formatTiyn(view.remainingTiyn),
    parentRemaining: view.parentRemainingTiyn != null ? formatTiyn(view.parentRemainingTiyn) : null,
    items: view.items.map((i) => ({
      id: i.estimateItemId,
      code: i.estimateItem.code,
      name: nameIn(locale, i.estimateItem),
      estimateQuantity: quantity(i.estimateItem.quantityMilli, i.estimateItem.unit),
      contractQuantity: quantity(i.quantityMilli, i.estimateItem.unit),
      billed: quantity(i.billedMilli, i.estimateItem.unit),
      isOverBilled: i.billedMilli > i.quantityMilli,
      ceiling: formatTiyn(i.ceilingUnitPriceTiyn),
    })),
    invoices: {
      page: view.invoices.page,
      pages: view.invoices.pages,
      total: view.invoices.total,
      rows: view.invoices.rows.map((inv) => ({
        id: inv.id,
        number: inv.number,
        // Officials decide on invoices under general contracts; a subcontract's invoices are its payer's to decide.
        href: isSub ? null : `/invoices/${inv.id}`,
        kind: t(`contracts.invoiceKinds.${inv.kind}`),
        issued: formatDate(inv.issuedOn),
        total: formatTiyn(inv.totalTiyn),
        status: t(`invoices.status.${inv.status}`),
      })),
    },
    subcontracts: view.subcontracts.map((s) => ({
      id: s.id,
      number: s.number,
      signed: formatDate(s.signedOn),
      contractor: { id: s.contractor.id, name: name(s.contractor), local: nameIn(locale, s.contractor), bin: s.contractor.bin, isDebarred: s.contractor.isDebarred },
      items: s.items.map((i) => ({ id: i.estimateItemId, code: i.estimateItem.code, text: `${localizedName(locale, i.estimateItem)}: ${quantity(i.quantityMilli, i.estimateItem.unit)} ≤ ${formatTiyn(i.ceilingUnitPriceTiyn)}` })),
      value: formatTiyn(s.valueTiyn),
      billed: formatTiyn(s.billedTiyn),
      status: t(`contracts.status.${s.status}`),
    })),
  };
}

export type TContractPageView = Awaited<ReturnType<typeof contractPageView>>;
