import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { appendJournal } from "../ledger/journal";
import { payInvoice } from "../ledger/pay-invoice";
import { recordRefusal } from "../ledger/record-refusal";
import { RuleRefusal } from "../ledger/refusal";
import { ledgerTransaction } from "../ledger/transaction";
import { assertContractorFor, assertOfficialFor } from "../scope";
import { fromStoredRules } from "../allocations/purpose-rules-json";

export type TApprovalOutcome = { status: "awaiting_second_approval" | "paid"; transferId?: bigint };

/**
 * Approves an invoice. Invoices under a general contract are approved by officials of the project's
 * ministry, those under a subcontract by the paying contractor. When the approvals the colour's threshold
 * requires are complete, the payment is posted in the same transaction; a payment the rules refuse rolls
 * everything back and is recorded as a refused attempt.
 */
export async function approveInvoice({ actor, invoiceId, now = new Date() }: { actor: TActor; invoiceId: number; now?: Date }): Promise<TApprovalOutcome> {
  try {
    return await ledgerTransaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM invoice WHERE id = ${invoiceId} FOR UPDATE`;
      if (!locked) throw new NotFoundError("invoice");
      const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { contract: { include: { project: true, colour: true } }, decisions: true } });
      if (invoice.contract.payerId == null) assertOfficialFor(actor, invoice.contract.project.ministryId);
      else assertContractorFor(actor, invoice.contract.payerId);
      if (invoice.status === "paid") return { status: "paid" as const };
      if (invoice.status !== "submitted" && invoice.status !== "approved") throw new DomainError("INVOICE_NOT_SUBMITTED", { status: invoice.status });
      if (invoice.createdById === actor.userId) throw new RuleRefusal([{ code: "SELF_APPROVAL", params: { user: String(actor.userId) }, message: "The official who created the invoice cannot approve it." }]);

      const approvals = invoice.decisions.filter((d) => d.decision === "approve");
      if (!approvals.some((a) => a.userId === actor.userId)) {
        await tx.invoiceDecision.create({ data: { invoiceId, userId: actor.userId, decision: "approve" } });
        await appendJournal(tx, invoice.contract.colourId, "approve", { invoice: invoiceId, actor: actor.userId });
      }
      const approvers = new Set([...approvals.map((a) => a.userId), actor.userId]);
      const rulesRow = await tx.colourRules.findUniqueOrThrow({ where: { colourId_version: { colourId: invoice.contract.colourId, version: invoice.contract.colour.rulesVersion } } });
      const rules = fromStoredRules(rulesRow.rules, rulesRow.version, invoice.contract.colour.expiresAt);
      const needed = invoice.totalTiyn >= rules.approvalThresholdTiyn ? 2 : 1;
      if (approvers.size < needed) {
        await tx.invoice.update({ where: { id: invoiceId }, data: { status: "approved" } });
        return { status: "awaiting_second_approval" as const };
      }
      const posted = await payInvoice(tx, { invoiceId, actor, now });
      return { status: "paid" as const, transferId: posted.transferId };
    });
  } catch (error) {
    if (error instanceof RuleRefusal) {
      const invoice = await prisma().invoice.findUnique({ where: { id: invoiceId }, include: { contract: true } });
      await recordRefusal({
        actor,
        colourId: invoice?.contract.colourId ?? null,
        organizationId: invoice?.issuerId ?? null,
        documentType: "invoice",
        documentId: invoiceId,
        amountTiyn: invoice?.totalTiyn ?? null,
        violations: error.violations,
      });
    }
    throw error;
  }
}
