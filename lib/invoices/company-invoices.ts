import "server-only";
import { redactForCompany } from "../rules/redact-refusal";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { InvoiceStatus } from "../generated/prisma/enums";
import { PAGE_SIZE, pageWindow, toPage } from "../pagination";
import { billedByItem } from "../contracts/company-contracts";
import { companyOf } from "../scope";

export const INVOICE_SORTS = ["number", "issued", "total", "status"] as const;
export type TInvoiceSort = (typeof INVOICE_SORTS)[number];

/**
 * The company's invoices: those it issued ("issued") or those its subcontractors and suppliers sent it to pay
 * ("incoming"; their drafts stay theirs).
 */
export async function listCompanyInvoices({ actor, box, q, status, sort, direction, page, pageSize = PAGE_SIZE }: { actor: TActor; box: "issued" | "incoming"; q?: string; status?: InvoiceStatus; sort: TInvoiceSort; direction: "asc" | "desc"; page: number; pageSize?: number }) {
  const org = companyOf(actor);
  const text = q?.trim();
  const where: Prisma.InvoiceWhereInput = {
    ...(box === "issued" ? { issuerId: org } : { contract: { payerId: org }, status: { not: "draft" } }),
    ...(status ? { status: box === "incoming" && status === "draft" ? { in: [] } : status } : {}),
    ...(text
      ? {
          OR: [
            { number: { contains: text, mode: "insensitive" } },
            { contract: { number: { contains: text, mode: "insensitive" } } },
            { contract: { project: { name: { contains: text, mode: "insensitive" } } } },
            ...(box === "incoming" ? [{ contract: { contractor: { name: { contains: text, mode: "insensitive" as const } } } }, { contract: { contractor: { bin: { contains: text } } } }] : []),
          ],
        }
      : {}),
  };
  const orderBy: Prisma.InvoiceOrderByWithRelationInput[] =
    sort === "number" ? [{ number: direction }] : sort === "total" ? [{ totalTiyn: direction }] : sort === "status" ? [{ status: direction }] : [{ issuedOn: direction }];
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.invoice.findMany({
      where,
      orderBy: [...orderBy, { id: "desc" }],
      include: { contract: { select: { id: true, number: true, project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } }, contractor: { select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } } } } },
      ...pageWindow(page, pageSize),
    }),
    db.invoice.count({ where }),
  ]);
  return toPage(rows, total, page, pageSize);
}

/**
 * One invoice as the company sees it: as its issuer (every state, with the reasons it was refused or
 * rejected) or as the payer of a subcontract (not drafts). Anything else is "not found".
 */
export async function getCompanyInvoice({ actor, invoiceId }: { actor: TActor; invoiceId: number }) {
  const org = companyOf(actor);
  const db = prisma();
  const invoice = await db.invoice.findFirst({
    where: { id: invoiceId, OR: [{ issuerId: org }, { contract: { payerId: org }, status: { not: "draft" } }] },
    include: {
      lines: { include: { estimateItem: true }, orderBy: { id: "asc" } },
      contract: {
        include: {
          items: true,
          project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } },
          colour: { select: { id: true, expiresAt: true } },
          contractor: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } },
        },
      },
      decisions: { orderBy: { id: "asc" } },
      documents: { select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, createdAt: true }, orderBy: { id: "asc" } },
    },
  });
  if (!invoice) throw new NotFoundError("invoice");
  const role = invoice.issuerId === org ? ("issuer" as const) : ("payer" as const);
  const payer = invoice.contract.payerId ? await db.organization.findUnique({ where: { id: invoice.contract.payerId }, select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } }) : null;
  const [billed, refusals, deciders] = await Promise.all([
    billedByItem(invoice.contractId, invoice.id),
    db.refusedAttempt.findMany({ where: { documentType: { in: ["invoice", "invoice_submission"] }, documentId: BigInt(invoice.id) }, orderBy: { id: "desc" }, take: 10 }),
    // Names of the payer's people only for the payer itself; the issuer sees decisions without names of officials.
    role === "payer" ? db.user.findMany({ where: { id: { in: invoice.decisions.map((d) => d.userId) }, organizationId: org }, select: { id: true, name: true } }) : Promise.resolve([]),
  ]);
  const contractItem = new Map(invoice.contract.items.map((i) => [i.estimateItemId, i]));
  return {
    invoice,
    role,
    payer,
    deciderNames: new Map(deciders.map((d) => [d.id, d.name])),
    lines: invoice.lines.map((l) => {
      const ci = contractItem.get(l.estimateItemId);
      return { line: l, contractQuantityMilli: ci?.quantityMilli ?? null, ceilingTiyn: ci?.ceilingUnitPriceTiyn ?? null, billedBeforeMilli: billed.get(l.estimateItemId) ?? 0n };
    }),
    refusals: refusals.map((r) => ({ id: r.id, at: r.createdAt, details: redactForCompany(r.details) })),
  };
}
