import "server-only";
import type { TActor } from "../actor";
import { DomainError, NotFoundError } from "../errors";
import { scheduleFlagRefresh } from "../flags/refresh-flags";
import { assertOfficialFor } from "../scope";
import { appendJournal } from "./journal";
import { postTransfer } from "./post-transfer";
import { ledgerTransaction } from "./transaction";

/**
 * Corrects a posting the only way the ledger allows: a new transfer of the same amount in the opposite
 * direction, linked to the original. A transfer is reversed at most once (unique reverses_id).
 */
export async function reverseTransfer({ actor, transferId, reason }: { actor: TActor; transferId: bigint; reason: string }) {
  if (reason.trim().length < 5) throw new DomainError("REASON_REQUIRED");
  let colourId: number | null = null;
  const posted = await ledgerTransaction(async (tx) => {
    const original = await tx.transfer.findUnique({ where: { id: transferId } });
    if (!original) throw new NotFoundError("transfer");
    colourId = original.colourId;
    if (original.kind === "reversal") throw new DomainError("CANNOT_REVERSE_REVERSAL");
    const colour = await tx.colour.findUniqueOrThrow({ where: { id: original.colourId }, include: { project: true } });
    assertOfficialFor(actor, colour.project.ministryId);
    const posted = await postTransfer(tx, {
      colourId: original.colourId,
      fromAccountId: original.toAccountId,
      toAccountId: original.fromAccountId,
      amountTiyn: original.amountTiyn,
      kind: "reversal",
      documentType: "reversal",
      documentId: original.id,
      reversesId: original.id,
      actorId: actor.isSystem ? null : actor.userId,
      idempotencyKey: `reversal:${original.id}`,
    });
    if (original.kind === "mint") await tx.colour.update({ where: { id: original.colourId }, data: { mintedTiyn: { decrement: original.amountTiyn } } });
    await appendJournal(tx, original.colourId, "reversal", { transfer: original.id, reversal: posted.transferId, reason, actor: actor.userId });
    return posted;
  });
  // After the commit, in the background: the flags of the colour see the money back where it came from.
  scheduleFlagRefresh(colourId);
  return posted;
}
