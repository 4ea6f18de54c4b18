import "server-only";
import type { TActor } from "../actor";
import { contractScope } from "./contract-scope";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { assertOfficialOrInvestigator } from "../scope";
import { pageWindow, toPage } from "../pagination";
import { BILLED_STATUSES, committedToSubcontracts, invoiceTotals } from "./list-contracts";

/**
 * A contract as the official reviews it: items (estimate quantity, contract quantity, billed so far,
 * ceiling), invoices (a page of them, newest first), and the subcontracts carved out of it with what they commit.
 * A contract outside the official's ministry reads as not found.
 */
export async function getContract({ actor, contractId, invoicesPage = 1 }: { actor: TActor; contractId: number; invoicesPage?: number }) {
  assertOfficialOrInvestigator(actor);
  const db = prisma();
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...contractScope(actor) },
    include: {
      project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true } },
      colour: { select: { id: true, mintedTiyn: true, expiresAt: true, isFrozen: true, isClosed: true, budgetLine: { select: { code: true, specifics: true } } } },
      contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true, debarredReason: true } },
      parent: { select: { id: true, number: true, valueTiyn: true, contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } } } },
      items: { include: { estimateItem: true }, orderBy: { estimateItemId: "asc" } },
      subcontracts: {
        include: { contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true } }, items: { include: { estimateItem: { select: { code: true, name: true, nameRu: true, nameKk: true, nameEn: true, unit: true } } } } },
        orderBy: [{ signedOn: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!contract) throw new NotFoundError("contract");
  // A contractor's drafts are its own until submitted.
  const invoiceWhere = { contractId: contract.id, status: { not: "draft" as const } };
  const [billed, invoices, invoiceCount] = await Promise.all([
    db.invoiceLine.groupBy({
      by: ["estimateItemId"],
      where: { invoice: { contractId: contract.id, status: { in: [...BILLED_STATUSES] } } },
      _sum: { quantityMilli: true },
    }),
    db.invoice.findMany({ where: invoiceWhere, orderBy: [{ issuedOn: "desc" }, { id: "desc" }], ...pageWindow(invoicesPage) }),
    db.invoice.count({ where: invoiceWhere }),
  ]);
  const billedByItem = new Map(billed.map((b) => [b.estimateItemId, b._sum.quantityMilli ?? 0n]));
  const ids = [contract.id, ...contract.subcontracts.map((s) => s.id)];
  const [totals, committed] = await Promise.all([invoiceTotals(ids), committedToSubcontracts(contract.parent ? [contract.id, contract.parent.id] : [contract.id])]);
  const committedTiyn = committed.get(contract.id) ?? 0n;
  return {
    contract,
    items: contract.items.map((i) => ({ ...i, billedMilli: billedByItem.get(i.estimateItemId) ?? 0n })),
    invoices: toPage(invoices, invoiceCount, invoicesPage),
    billedTiyn: totals.get(contract.id)?.billedTiyn ?? 0n,
    paidTiyn: totals.get(contract.id)?.paidTiyn ?? 0n,
    subcontracts: contract.subcontracts.map((s) => ({ ...s, billedTiyn: totals.get(s.id)?.billedTiyn ?? 0n, paidTiyn: totals.get(s.id)?.paidTiyn ?? 0n })),
    committedToSubcontractsTiyn: committedTiyn,
    remainingTiyn: contract.valueTiyn - committedTiyn,
    parentRemainingTiyn: contract.parent ? contract.parent.valueTiyn - (committed.get(contract.parent.id) ?? 0n) : null,
  };
}
