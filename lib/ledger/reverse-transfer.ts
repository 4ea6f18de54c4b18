import "server-only";
import { DomainError, NotFoundError } from "../errors";
import { appendJournal } from "./journal";
import { postTransfer } from "./post-transfer";
import { ledgerTransaction } from "./transaction";
import { actorIdOf, type TLedgerActor } from "./types";

/**
 * Corrects a posting the only way the ledger allows: a new transfer of the same amount in the opposite
 * direction, linked to the original. A transfer is reversed at most once (unique reverses_id). The ledger's entry
 * point for reversals; lib/allocations/reverse-transfer.ts checks who may and the reason first.
 */
export async function postReversal({ actor, transferId, reason }: { actor: TLedgerActor; transferId: bigint; reason: string }) {
  return ledgerTransaction(async (tx) => {
    const original = await tx.transfer.findUnique({ where: { id: transferId } });
    if (!original) throw new NotFoundError("transfer");
    if (original.kind === "reversal") throw new DomainError("CANNOT_REVERSE_REVERSAL");
    const posted = await postTransfer(tx, {
      colourId: original.colourId,
      fromAccountId: original.toAccountId,
      toAccountId: original.fromAccountId,
      amountTiyn: original.amountTiyn,
      kind: "reversal",
      documentType: "reversal",
      documentId: original.id,
      reversesId: original.id,
      actorId: actorIdOf(actor),
      idempotencyKey: `reversal:${original.id}`,
    });
    if (original.kind === "mint") await tx.colour.update({ where: { id: original.colourId }, data: { mintedTiyn: { decrement: original.amountTiyn } } });
    await appendJournal(tx, original.colourId, "reversal", { transfer: original.id, reversal: posted.transferId, reason, actor: actor.userId });
    return posted;
  });
}
