import "server-only";
import type { TActor } from "../actor";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { scheduleFlagRefresh } from "../flags/refresh-flags";
import { assertOfficialFor } from "../scope";
import { ensureAccount } from "./accounts";
import { appendJournal } from "./journal";
import { postTransfer } from "./post-transfer";
import { ledgerTransaction } from "./transaction";

/**
 * At or after expiry, sweeps every unspent balance of a colour (the project's and every company's) back to
 * the treasury with one return transfer each, then closes the colour: nothing of it moves any more.
 */
export async function returnRemainder({ actor, colourId, now = new Date() }: { actor: TActor; colourId: number; now?: Date }) {
  const returned = await ledgerTransaction(async (tx) => {
    const [colour] = await tx.$queryRaw<{ expires_at: Date; is_closed: boolean; is_frozen: boolean; ministry_id: number }[]>`
      SELECT c.expires_at, c.is_closed, c.is_frozen, p.ministry_id FROM colour c JOIN project p ON p.id = c.project_id WHERE c.id = ${colourId} FOR UPDATE OF c`;
    if (!colour) throw new NotFoundError("colour");
    try {
      assertOfficialFor(actor, colour.ministry_id);
    } catch (error) {
      throw error instanceof ForbiddenError ? new NotFoundError("colour") : error;
    }
    if (colour.is_closed) throw new DomainError("COLOUR_CLOSED", { colour: String(colourId) });
    if (now < colour.expires_at) throw new DomainError("COLOUR_NOT_EXPIRED", { colour: String(colourId), expiresAt: colour.expires_at.toISOString() });
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
        actorId: actor.isSystem ? null : actor.userId,
      });
      total += account.balanceTiyn;
    }
    await tx.colour.update({ where: { id: colourId }, data: { isClosed: true } });
    await appendJournal(tx, colourId, "close", { colour: colourId, returned: total, actor: actor.userId });
    return { returnedTiyn: total, accounts: holders.length };
  });
  // After the commit, in the background: the colour's flags judge it closed, with what it spent.
  scheduleFlagRefresh(colourId);
  return returned;
}
