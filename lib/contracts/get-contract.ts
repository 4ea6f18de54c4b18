import "server-only";
import type { TActor } from "../actor";
import { contractScope } from "./contract-scope";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { BILLED_STATUSES, committedToSubcontracts, invoiceTotals } from "./list-contracts";

/**
 * A contract as the official reviews it: items (estimate quantity, contract quantity, billed so far,
 * ceiling), invoices, and the subcontracts carved out of it with what they commit. A contract outside the
 * official's ministry reads as not found.
 */
export async function getContract({ actor, contractId }: { actor: TActor; contractId: number }) {
  if (actor.role !== "official" && !actor.isSystem) throw new ForbiddenError();
  const db = prisma();
  const contract = await db.contract.findFirst({
    where: { id: contractId, ...contractScope(actor) },
    include: {
      project: { select: { id: true, name: true, region: true } },
      colour: { select: { id: true, mintedTiyn: true, expiresAt: true, isFrozen: true, isClosed: true, budgetLine: { select: { code: true, specifics: true } } } },
      contractor: { select: { id: true, name: true, nameRu: true, bin: true, isDebarred: true, debarredReason: true } },
      parent: { select: { id: true, number: true, valueTiyn: true, contractor: { select: { id: true, name: true, nameRu: true, bin: true } } } },
      items: { include: { estimateItem: true }, orderBy: { estimateItemId: "asc" } },
      // A contractor's drafts are its own until submitted.
      invoices: { where: { status: { not: "draft" } }, orderBy: [{ issuedOn: "desc" }, { id: "desc" }], take: 200 },
      subcontracts: {
        include: { contractor: { select: { id: true, name: true, nameRu: true, bin: true, isDebarred: true } }, items: { include: { estimateItem: { select: { code: true, name: true, unit: true } } } } },
        orderBy: [{ signedOn: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!contract) throw new NotFoundError("contract");
  const billed = await db.invoiceLine.groupBy({
    by: ["estimateItemId"],
    where: { invoice: { contractId: contract.id, status: { in: [...BILLED_STATUSES] } } },
    _sum: { quantityMilli: true },
  });
  const billedByItem = new Map(billed.map((b) => [b.estimateItemId, b._sum.quantityMilli ?? 0n]));
  const ids = [contract.id, ...contract.subcontracts.map((s) => s.id)];
  const [totals, committed] = await Promise.all([invoiceTotals(ids), committedToSubcontracts(contract.parent ? [contract.id, contract.parent.id] : [contract.id])]);
  const committedTiyn = committed.get(contract.id) ?? 0n;
  return {
    contract,
    items: contract.items.map((i) => ({ ...i, billedMilli: billedByItem.get(i.estimateItemId) ?? 0n })),
    billedTiyn: totals.get(contract.id)?.billedTiyn ?? 0n,
    paidTiyn: totals.get(contract.id)?.paidTiyn ?? 0n,
    subcontracts: contract.subcontracts.map((s) => ({ ...s, billedTiyn: totals.get(s.id)?.billedTiyn ?? 0n, paidTiyn: totals.get(s.id)?.paidTiyn ?? 0n })),
    committedToSubcontractsTiyn: committedTiyn,
    remainingTiyn: contract.valueTiyn - committedTiyn,
    parentRemainingTiyn: contract.parent ? contract.parent.valueTiyn - (committed.get(contract.parent.id) ?? 0n) : null,
  };
}
