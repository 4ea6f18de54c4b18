import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { scheduleFlagRefresh } from "../flags/refresh-flags";
import { appendJournal } from "../ledger/journal";
import { assertContractorFor, assertOfficialFor } from "../scope";
import { assertStorableText } from "../text-field";

/**
 * Rejects an invoice with a reason the contractor will read; journalled in the colour's chain. `now` is the moment
 * of the decision (the bulk import passes the historic one).
 */
export async function rejectInvoice({ actor, invoiceId, reason, now = new Date() }: { actor: TActor; invoiceId: number; reason: string; now?: Date }) {
  const text = reason.trim();
  if (text.length < 5) throw new DomainError("REASON_REQUIRED");
  // The reason goes into the colour's permanent journal: a 1 MB one once did.
  assertStorableText(text, 1000);
  const rejected = await prisma().$transaction(async (tx) => {
    // The colour's journal head before the invoice, the order in which approvals take them (decision 0053).
    await tx.$executeRaw`SELECT journal_lock(c.colour_id) FROM invoice i JOIN contract c ON c.id = i.contract_id WHERE i.id = ${invoiceId}`;
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM invoice WHERE id = ${invoiceId} FOR UPDATE`;
    if (!locked) throw new NotFoundError("invoice");
    const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { contract: { include: { project: true } } } });
    try {
      if (invoice.contract.payerId == null) assertOfficialFor(actor, invoice.contract.project.ministryId);
      else assertContractorFor(actor, invoice.contract.payerId);
    } catch (error) {
      if (error instanceof ForbiddenError) throw new NotFoundError("invoice");
      throw error;
    }
    if (invoice.status !== "submitted" && invoice.status !== "approved") throw new DomainError("INVOICE_NOT_SUBMITTED", { status: invoice.status });
    await tx.invoiceDecision.create({ data: { invoiceId, userId: actor.userId, decision: "reject", reason: text, decidedAt: now } });
    await tx.invoice.update({ where: { id: invoiceId }, data: { status: "rejected" } });
    await appendJournal(tx, invoice.contract.colourId, "reject", { invoice: invoiceId, actor: actor.userId, reason: text });
    return invoice;
  });
  // A rejected invoice no longer counts in the invoice flags.
  scheduleFlagRefresh(rejected.contract.colourId);
  return rejected;
}
