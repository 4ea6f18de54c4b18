import type { Tx } from "../db";
import { ensureAccount } from "./accounts";
import { postTransfer, type TPosted } from "./post-transfer";
import type { TLedgerActor } from "./types";
import { actorIdOf } from "./types";

/**
 * The ledger's entry point for minting: new money of a colour, from its issuance account to its project's, in the
 * caller's ledger transaction (lib/allocations checks the budget line and who may, and writes the colour). Counts
 * the amount in the colour's minted total unless the key replays an earlier mint.
 */
export async function postMint(tx: Tx, { colourId, projectId, amountTiyn, actor, idempotencyKey }: { colourId: number; projectId: number; amountTiyn: bigint; actor: TLedgerActor; idempotencyKey?: string | null }): Promise<TPosted> {
  const issuance = await ensureAccount(tx, colourId, { kind: "issuance" });
  const project = await ensureAccount(tx, colourId, { kind: "project", projectId });
  const posted = await postTransfer(tx, {
    colourId,
    fromAccountId: issuance,
    toAccountId: project,
    amountTiyn,
    kind: "mint",
    documentType: "allocation",
    documentId: colourId,
    actorId: actorIdOf(actor),
    idempotencyKey: idempotencyKey ?? null,
  });
  if (!posted.replayed) await tx.colour.update({ where: { id: colourId }, data: { mintedTiyn: { increment: amountTiyn } } });
  return posted;
}
