import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import type { TRuleViolation } from "../rules/types";
import { appendJournal, SYSTEM_CHAIN } from "./journal";

/**
 * A refused payment leaves no money trace, but investigators must see it: it is written (in its own
 * transaction, after the refused one rolled back) to refused_attempt and to the colour's journal chain.
 */
export async function recordRefusal(r: {
  actor: TActor;
  colourId: number | null;
  organizationId: number | null;
  documentType: string;
  documentId: number | bigint | null;
  amountTiyn: bigint | null;
  violations: readonly Pick<TRuleViolation, "code" | "params" | "message">[];
}): Promise<void> {
  await prisma().$transaction(async (tx) => {
    await tx.refusedAttempt.create({
      data: {
        colourId: r.colourId,
        actorId: r.actor.isSystem ? null : r.actor.userId,
        organizationId: r.organizationId,
        documentType: r.documentType,
        documentId: r.documentId == null ? null : BigInt(r.documentId),
        amountTiyn: r.amountTiyn,
        codes: r.violations.map((v) => v.code),
        details: r.violations.map((v) => ({ code: v.code, params: v.params, message: v.message })),
      },
    });
    await appendJournal(tx, r.colourId ?? SYSTEM_CHAIN, "refused", {
      actor: r.actor.userId,
      organization: r.organizationId,
      document: r.documentType,
      documentId: r.documentId,
      amount: r.amountTiyn,
      codes: r.violations.map((v) => v.code),
    });
  });
}
