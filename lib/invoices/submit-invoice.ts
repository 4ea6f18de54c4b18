import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { lineAmountTiyn } from "../rules/amounts";
import { assertContractorFor } from "../scope";

export type TSubmitInvoice = {
  contractId: number;
  number: string;
  kind?: "work" | "advance";
  issuedOn: Date;
  lines: { estimateItemId: number; quantityMilli: bigint; unitPriceTiyn: bigint }[];
  /** The form's one-time key: submitting twice (double click, retry) creates one invoice. */
  submissionKey?: string;
};

/** A contractor's invoice against its own contract's items; the purpose rules are checked again on payment. */
export async function submitInvoice({ actor, input }: { actor: TActor; input: TSubmitInvoice }) {
  const db = prisma();
  if (input.submissionKey) {
    const existing = await db.invoice.findUnique({ where: { submissionKey: input.submissionKey }, include: { lines: true } });
    if (existing) {
      assertContractorFor(actor, existing.issuerId);
      return existing;
    }
  }
  const contract = await db.contract.findUnique({ where: { id: input.contractId }, include: { items: true } });
  // Someone else's contract looks like no contract at all.
  if (!contract || (!actor.isSystem && contract.contractorId !== actor.organizationId)) throw new NotFoundError("contract");
  assertContractorFor(actor, contract.contractorId);
  if (input.lines.length === 0) throw new DomainError("EMPTY_INVOICE");
  const covered = new Set(contract.items.map((i) => i.estimateItemId));
  for (const line of input.lines) {
    if (!covered.has(line.estimateItemId)) throw new DomainError("ITEM_NOT_IN_ESTIMATE", { item: String(line.estimateItemId) });
    if (line.quantityMilli <= 0n || line.unitPriceTiyn <= 0n) throw new DomainError("NON_POSITIVE_AMOUNT", { attempted: "0" });
  }
  const lines = input.lines.map((l) => ({ ...l, amountTiyn: lineAmountTiyn(l.quantityMilli, l.unitPriceTiyn) }));
  const totalTiyn = lines.reduce((a, l) => a + l.amountTiyn, 0n);
  try {
    return await db.invoice.create({
      data: {
        contractId: contract.id,
        issuerId: contract.contractorId,
        number: input.number,
        kind: input.kind ?? "work",
        status: "submitted",
        totalTiyn,
        issuedOn: input.issuedOn,
        createdById: actor.userId,
        submittedAt: new Date(),
        submissionKey: input.submissionKey ?? null,
        lines: { create: lines },
      },
      include: { lines: true },
    });
  } catch (error) {
    if (error instanceof Error && "code" in error && (error as { code: string }).code === "P2002") {
      if (input.submissionKey) {
        const again = await db.invoice.findUnique({ where: { submissionKey: input.submissionKey }, include: { lines: true } });
        if (again) return again;
      }
      throw new DomainError("DUPLICATE_INVOICE", { number: input.number });
    }
    throw error;
  }
}
