import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { companyOf } from "./company-of";

/** Quantity billed per estimate item under one contract by invoices that count (submitted, approved, paid). */
export async function billedByItem(contractId: number, exceptInvoiceId?: number): Promise<Map<number, bigint>> {
  const rows = await prisma().invoiceLine.groupBy({
    by: ["estimateItemId"],
    where: { invoice: { contractId, status: { in: ["submitted", "approved", "paid"] }, ...(exceptInvoiceId ? { id: { not: exceptInvoiceId } } : {}) } },
    _sum: { quantityMilli: true },
  });
  return new Map(rows.map((r) => [r.estimateItemId, r._sum.quantityMilli ?? 0n]));
}

/**
 * A contract the company holds, or a subcontract it pays (its direct counterparty's contract). Anything else
 * is "not found". Subcontracts are listed only for the contract's own holder.
 */
export async function getCompanyContract({ actor, contractId }: { actor: TActor; contractId: number }) {
  const org = companyOf(actor);
  const db = prisma();
  const contract = await db.contract.findFirst({
    where: { id: contractId, OR: [{ contractorId: org }, { payerId: org }] },
    include: {
      project: { select: { id: true, name: true, region: true } },
      colour: { select: { id: true, expiresAt: true, isFrozen: true, isClosed: true } },
      contractor: { select: { id: true, name: true, nameRu: true, bin: true } },
      parent: { select: { id: true, number: true, contractorId: true } },
      items: { include: { estimateItem: true }, orderBy: { estimateItemId: "asc" } },
    },
  });
  if (!contract) throw new NotFoundError("contract");
  const isHolder = contract.contractorId === org;
  const payerOrg = contract.payerId ? await db.organization.findUnique({ where: { id: contract.payerId }, select: { name: true, nameRu: true, bin: true } }) : null;
  const [billed, subcontracts, invoices] = await Promise.all([
    billedByItem(contract.id),
    isHolder
      ? db.contract.findMany({ where: { parentId: contract.id }, orderBy: { id: "asc" }, include: { contractor: { select: { name: true, nameRu: true, bin: true } } } })
      : Promise.resolve([]),
    db.invoice.findMany({ where: { contractId: contract.id, ...(isHolder ? {} : { status: { not: "draft" } }) }, orderBy: { id: "desc" }, take: 50 }),
  ]);
  const committedTiyn = subcontracts.filter((s) => s.status !== "terminated").reduce((a, s) => a + s.valueTiyn, 0n);
  return {
    contract,
    isHolder,
    payer: payerOrg,
    items: contract.items.map((i) => ({ ...i, billedMilli: billed.get(i.estimateItemId) ?? 0n })),
    subcontracts,
    invoices,
    committedTiyn,
    remainingForSubcontractsTiyn: contract.valueTiyn - committedTiyn,
  };
}

/** The company's active contracts, with their items, for the invoice form. */
export async function listInvoiceableContracts({ actor }: { actor: TActor }) {
  const org = companyOf(actor);
  return prisma().contract.findMany({
    where: { contractorId: org, status: "active" },
    orderBy: [{ signedOn: "desc" }, { id: "desc" }],
    include: { project: { select: { name: true } }, items: { include: { estimateItem: true }, orderBy: { estimateItemId: "asc" } } },
  });
}
