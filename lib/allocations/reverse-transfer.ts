import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { postReversal } from "../ledger/reverse-transfer";
import { assertOfficialFor } from "../scope";

/**
 * An official of the colour's ministry (Finance: any) corrects a posting with a reversal, giving a reason. A
 * reversal itself is never reversed: the ledger says so to anyone who asks, before who may is asked (as always).
 */
export async function reverseTransfer({ actor, transferId, reason }: { actor: TActor; transferId: bigint; reason: string }) {
  if (reason.trim().length < 5) throw new DomainError("REASON_REQUIRED");
  const original = await prisma().transfer.findUnique({ where: { id: transferId }, select: { kind: true, colourId: true } });
  if (!original) throw new NotFoundError("transfer");
  if (original.kind !== "reversal") {
    const colour = await prisma().colour.findUniqueOrThrow({ where: { id: original.colourId }, select: { project: { select: { ministryId: true } } } });
    assertOfficialFor(actor, colour.project.ministryId);
  }
  return postReversal({ actor, transferId, reason });
}
