import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { approveInvoice } from "../invoices/approve-invoice";
import { rejectInvoice } from "../invoices/reject-invoice";
import { reviewInvoice } from "../invoices/review-invoice";
import { companyOf } from "../scope";

/** An invoice a subcontractor or supplier sent this company, or "not found" (never "forbidden"). */
async function assertIncoming(actor: TActor, invoiceId: number) {
  const org = companyOf(actor);
  const found = await prisma().invoice.findFirst({ where: { id: invoiceId, contract: { payerId: org }, status: { not: "draft" } }, select: { id: true } });
  if (!found) throw new NotFoundError("invoice");
}

/** What paying the sub-invoice now would do, line by line: the same review the officials get. */
export async function reviewIncomingInvoice({ actor, invoiceId, now }: { actor: TActor; invoiceId: number; now?: Date }) {
  await assertIncoming(actor, invoiceId);
  return reviewInvoice({ actor, invoiceId, now });
}

/** Approves and, when the approvals are complete, pays from the company's own account in the same colour. */
export async function approveIncomingInvoice({ actor, invoiceId, now }: { actor: TActor; invoiceId: number; now?: Date }) {
  await assertIncoming(actor, invoiceId);
  return approveInvoice({ actor, invoiceId, now });
}

export async function rejectIncomingInvoice({ actor, invoiceId, reason }: { actor: TActor; invoiceId: number; reason: string }) {
  await assertIncoming(actor, invoiceId);
  return rejectInvoice({ actor, invoiceId, reason });
}
