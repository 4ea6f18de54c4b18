import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { pageWindow, toPage } from "../pagination";
import { companyOf } from "../scope";

/**
 * Quantity billed per estimate item under one contract by invoices that count (submitted, approved, paid).
 * Unscoped: only for use cases that have already scoped the contract to the caller.
 */
export async function billedByItem(contractId: number, exceptInvoiceId?: number): Promise<Map<number, bigint>> {
  const rows = await prisma().invoiceLine.groupBy({
    by: ["estimateItemId"],
    where: { invoice: { contractId, status: { in: ["submitted", "approved", "paid"] }, ...(exceptInvoiceId ? { id: { not: exceptInvoiceId } } : {}) } },
    _sum: { quantityMilli: true },
  });
  return new Map(rows.map((r) => [r.estimateItemId, r._sum.quantityMilli ?? 0n]));
}

/** What the live (not terminated) subcontracts of a contract hold of each of its items. */
export async function subcontractedByItem(parentId: number): Promise<Map<number, bigint>> {
  const rows = await prisma().contractItem.groupBy({ by: ["estimateItemId"], where: { contract: { parentId, status: { not: "terminated" } } }, _sum: { quantityMilli: true } });
  return new Map(rows.map((r) => [r.estimateItemId, r._sum.quantityMilli ?? 0n]));
}

/**
 * A contract the company holds, or a subcontract it pays (its direct counterparty's contract). Anything else
 * is "not found". Subcontracts are listed only for the contract's own holder. `q` narrows the items to those
 * whose code or name contains it; the invoices come a page at a time (`invoicePage`), newest first.
 */
export async function getCompanyContract({ actor, contractId, q, invoicePage = 1 }: { actor: TActor; contractId: number; q?: string; invoicePage?: number }) {
  const org = companyOf(actor);
  const db = prisma();
  const text = q?.trim();
  const contract = await db.contract.findFirst({
    where: { id: contractId, OR: [{ contractorId: org }, { payerId: org }] },
    include: {
      project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, region: true } },
      colour: { select: { id: true, expiresAt: true, isFrozen: true, isClosed: true } },
      contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } },
      parent: { select: { id: true, number: true, contractorId: true } },
      items: {
        where: text ? { estimateItem: { OR: [{ code: { contains: text, mode: "insensitive" } }, { name: { contains: text, mode: "insensitive" } }] } } : undefined,
        include: { estimateItem: true },
        orderBy: { estimateItemId: "asc" },
      },
      _count: { select: { items: true } },
    },
  });
  if (!contract) throw new NotFoundError("contract");
  const isHolder = contract.contractorId === org;
  const payerOrg = contract.payerId ? await db.organization.findUnique({ where: { id: contract.payerId }, select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } }) : null;
  const invoiceWhere = { contractId: contract.id, ...(isHolder ? {} : { status: { not: "draft" as const } }) };
  const [billed, subcontracted, subcontracts, invoices, invoiceCount] = await Promise.all([
    billedByItem(contract.id),
    isHolder ? subcontractedByItem(contract.id) : Promise.resolve(new Map<number, bigint>()),
    isHolder
      ? db.contract.findMany({ where: { parentId: contract.id }, orderBy: { id: "asc" }, include: { contractor: { select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } } } })
      : Promise.resolve([]),
    db.invoice.findMany({ where: invoiceWhere, orderBy: [{ id: "desc" }], ...pageWindow(invoicePage) }),
    db.invoice.count({ where: invoiceWhere }),
  ]);
  const committedTiyn = subcontracts.filter((s) => s.status !== "terminated").reduce((a, s) => a + s.valueTiyn, 0n);
  return {
    contract,
    isHolder,
    payer: payerOrg,
    /** The contract's items (those matching `q`), with what was billed and — for the holder — what its subcontracts hold. */
    items: contract.items.map((i) => ({ ...i, billedMilli: billed.get(i.estimateItemId) ?? 0n, subcontractedMilli: subcontracted.get(i.estimateItemId) ?? 0n })),
    itemCount: contract._count.items,
    subcontracts,
    invoices: toPage(invoices, invoiceCount, invoicePage),
    committedTiyn,
    remainingForSubcontractsTiyn: contract.valueTiyn - committedTiyn,
  };
}

/** The company's active contracts, with their items and what is already billed of each, for the invoice form. */
export async function listInvoiceableContracts({ actor }: { actor: TActor }) {
  const org = companyOf(actor);
  const contracts = await prisma().contract.findMany({
    where: { contractorId: org, status: "active" },
    orderBy: [{ signedOn: "desc" }, { id: "desc" }],
    include: { project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } }, items: { include: { estimateItem: true }, orderBy: { estimateItemId: "asc" } } },
  });
  return Promise.all(contracts.map(async (c) => ({ ...c, billed: await billedByItem(c.id) })));
}
