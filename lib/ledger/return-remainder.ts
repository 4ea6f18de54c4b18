import "server-only";
import { DomainError, NotFoundError } from "../errors";
import { checkRemainderReturn } from "../rules/remainder";
import { ensureAccount } from "./accounts";
import { appendJournal } from "./journal";
import { postTransfer } from "./post-transfer";
import { afterCommit, ledgerTransaction } from "./transaction";
import { actorIdOf, type TLedgerActor } from "./types";

/**
 * At or after expiry, sweeps every unspent balance of a colour (the project's and every company's) back to
 * the treasury with one return transfer each, then closes the colour: nothing of it moves any more. The ledger's
 * entry point for returns; lib/allocations/return-remainder.ts checks who may first.
 */
export async function returnColourRemainder({ actor, colourId, now = new Date() }: { actor: TLedgerActor; colourId: number; now?: Date }) {
  return ledgerTransaction(async (tx) => {
    const [colour] = await tx.$queryRaw<{ expires_at: Date; is_closed: boolean }[]>`
      SELECT c.expires_at, c.is_closed FROM colour c WHERE c.id = ${colourId} FOR UPDATE OF c`;
    if (!colour) throw new NotFoundError("colour");
    const refusal = checkRemainderReturn({ id: colourId, isClosed: colour.is_closed, expiresAt: colour.expires_at }, now);
    if (refusal) throw new DomainError(refusal.code, refusal.params);
    const returned = await ensureAccount(tx, colourId, { kind: "exit", exit: "returned" });
    const holders = await tx.account.findMany({ where: { colourId, holderKind: { in: ["project", "company"] }, balanceTiyn: { gt: 0n } }, orderBy: { id: "asc" } });
    let total = 0n;
    for (const account of holders) {
      await postTransfer(tx, {
        colourId,
        fromAccountId: account.id,
        toAccountId: returned,
        amountTiyn: account.balanceTiyn,
        kind: "return",
        documentType: "return_order",
        documentId: colourId,
        actorId: actorIdOf(actor),
      });
      total += account.balanceTiyn;
    }
    await tx.colour.update({ where: { id: colourId }, data: { isClosed: true } });
    await appendJournal(tx, colourId, "close", { colour: colourId, returned: total, actor: actor.userId });
    // Subscribers hear of the closing even when nothing was left to return: the colour's flags judge it closed.
    afterCommit(tx, { type: "closed", colourId, kind: "return" });
    return { returnedTiyn: total, accounts: holders.length };
  });
}
