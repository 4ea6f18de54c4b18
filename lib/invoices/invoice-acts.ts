import "server-only";
import { auditRead } from "../audit";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { assertOfficialFor } from "../scope";

/** Officials of the project's ministry (the Ministry of Finance: all) and investigators; anyone else: not found. */
async function assertMayRead(actor: TActor, invoiceId: number) {
  const invoice = await prisma().invoice.findUnique({ where: { id: invoiceId }, select: { status: true, contract: { select: { project: { select: { ministryId: true } } } } } });
  if (!invoice || invoice.status === "draft") throw new NotFoundError("invoice");
  if (actor.isSystem || actor.role === "investigator") return;
  try {
    assertOfficialFor(actor, invoice.contract.project.ministryId);
  } catch (error) {
    throw error instanceof ForbiddenError ? new NotFoundError("invoice") : error;
  }
}

/** The acts of completed works attached to an invoice, without their bytes. */
export async function listInvoiceActs({ actor, invoiceId }: { actor: TActor; invoiceId: number }) {
  await assertMayRead(actor, invoiceId);
  return prisma().invoiceDocument.findMany({
    where: { invoiceId },
    orderBy: { id: "asc" },
    select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, createdAt: true },
  });
}

/** One act with its bytes, for the officials who decide on the invoice and for investigators. */
export async function readInvoiceAct({ actor, invoiceId, documentId }: { actor: TActor; invoiceId: number; documentId: number }) {
  await assertMayRead(actor, invoiceId);
  const doc = await prisma().invoiceDocument.findFirst({ where: { id: documentId, invoiceId } });
  if (!doc) throw new NotFoundError("document");
  await auditRead(actor, "invoice.act.download", `invoice:${invoiceId}`, { document: documentId, file: doc.fileName, sha256: doc.sha256 });
  return doc;
}
