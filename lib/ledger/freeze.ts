import "server-only";
import { DomainError, NotFoundError } from "../errors";
import { appendJournal } from "./journal";
import { ledgerTransaction } from "./transaction";
import type { TLedgerActor } from "./types";

export type TFreeze = {
  colourId: number;
  /** One company's account in the colour (one it holds: "not found" otherwise); without it the whole colour. */
  organizationId?: number | null;
  isFrozen: boolean;
  reason: string;
  caseId?: number | null;
};

/**
 * Freezes (or unfreezes) a colour or one company's account in it, with a reason: the ledger's side of an
 * investigator's freeze (lib/cases/set-freeze.ts checks who and the reason's form first). The journal entry
 * is appended first: that locks the colour's journal head, which every posting of the colour locks before it reads
 * the colour, so no payment can slip past a freeze that has committed. Frozen money cannot move (ledger_post refuses).
 */
export async function recordFreeze({ actor, input }: { actor: TLedgerActor; input: TFreeze }) {
  const reason = input.reason;
  return ledgerTransaction(async (tx) => {
    const colour = await tx.colour.findUnique({ where: { id: input.colourId }, select: { id: true, isFrozen: true } });
    if (!colour) throw new NotFoundError("colour");
    if (input.caseId && !(await tx.investigationCase.findUnique({ where: { id: input.caseId }, select: { id: true } }))) throw new NotFoundError("case");
    let accountId: bigint | null = null;
    let current = colour.isFrozen;
    if (input.organizationId) {
      const company = await tx.organization.findUnique({ where: { id: input.organizationId }, select: { kind: true } });
      if (!company || company.kind !== "company") throw new NotFoundError("company");
      // Only an account the company holds in the colour: freezing a company in a colour it never held would open an
      // empty account in its name (and journal a freeze of nothing), so it reads as not found.
      const account = await tx.account.findUnique({ where: { colourId_holderKey: { colourId: input.colourId, holderKey: `company:${input.organizationId}` } }, select: { id: true, isFrozen: true } });
      if (!account) throw new NotFoundError("account");
      accountId = account.id;
      current = account.isFrozen;
    }
    if (current === input.isFrozen) throw new DomainError(input.isFrozen ? "ALREADY_FROZEN" : "NOT_FROZEN");
    await appendJournal(tx, input.colourId, input.isFrozen ? "freeze" : "unfreeze", {
      colour: input.colourId,
      account: accountId === null ? null : accountId.toString(),
      organization: input.organizationId ?? null,
      reason,
      case: input.caseId ?? null,
      actor: actor.userId,
    });
    if (accountId === null) {
      await tx.colour.update({ where: { id: input.colourId }, data: { isFrozen: input.isFrozen, frozenReason: input.isFrozen ? reason : null } });
    } else {
      await tx.account.update({ where: { id: accountId }, data: { isFrozen: input.isFrozen, frozenReason: input.isFrozen ? reason : null } });
    }
    await tx.freezeEvent.create({
      data: { colourId: input.colourId, organizationId: input.organizationId ?? null, isFrozen: input.isFrozen, reason, caseId: input.caseId ?? null, actorId: actor.userId },
    });
    if (input.caseId) {
      await tx.caseEvent.create({
        data: { caseId: input.caseId, kind: input.isFrozen ? "freeze" : "unfreeze", text: reason, data: { colour: input.colourId, organization: input.organizationId ?? null }, actorId: actor.userId },
      });
      await tx.investigationCase.update({ where: { id: input.caseId }, data: { updatedAt: new Date() } });
    }
  });
}
