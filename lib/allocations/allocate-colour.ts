import "server-only";
import type { TActor } from "../actor";
import { prisma, type Tx } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { appendJournal } from "../ledger/journal";
import { postMint } from "../ledger/mint";
import { ledgerTransaction } from "../ledger/transaction";
import type { TPurposeRules } from "../rules/types";
import { assertOfficialFor } from "../scope";
import { toStoredRules } from "../rules/stored-rules";

export type TAllocateColour = {
  budgetLineId: number;
  projectId: number;
  amountTiyn: bigint;
  expiresAt: Date;
  rules: Omit<TPurposeRules, "version" | "expiresAt">;
  reason: string;
  /** The form's one-time key: the same key mints once, however often it is sent. */
  requestKey?: string | null;
};

/** How much of a budget line is already earmarked (locks the line so two allocations cannot overspend it). */
function asNotFound(check: () => void, what: string): void {
  try {
    check();
  } catch (error) {
    throw error instanceof ForbiddenError ? new NotFoundError(what) : error;
  }
}

async function lockedRemaining(tx: Tx, budgetLineId: number) {
  const [line] = await tx.$queryRaw<{ appropriated_tiyn: bigint; ministry_id: number }[]>`
    SELECT appropriated_tiyn, ministry_id FROM budget_line WHERE id = ${budgetLineId} FOR UPDATE`;
  if (!line) throw new NotFoundError("budget line");
  const [sum] = await tx.$queryRaw<{ minted: bigint | null }[]>`SELECT sum(minted_tiyn)::bigint AS minted FROM colour WHERE budget_line_id = ${budgetLineId}`;
  return { ministryId: line.ministry_id, appropriated: line.appropriated_tiyn, remaining: line.appropriated_tiyn - (sum?.minted ?? 0n) };
}

/** A repeated request key answers with the first request's colour — only to the same official for the same project. */
function sameRequest<C extends { projectId: number; createdById: number | null }>(earlier: C, actor: TActor, input: TAllocateColour): C {
  if (earlier.projectId !== input.projectId || earlier.createdById !== (actor.isSystem ? null : actor.userId)) throw new DomainError("REQUEST_KEY_REUSED");
  return earlier;
}

/**
 * Earmarks an amount of a budget line for a project of the same ministry: mints a new colour with its purpose
 * rules (version 1). With a request key, a repeat (double click, retry, two tabs) returns the colour the first
 * request minted.
 */
export async function allocateColour({ actor, input }: { actor: TActor; input: TAllocateColour }) {
  if (input.amountTiyn <= 0n) throw new DomainError("NON_POSITIVE_AMOUNT", { attempted: input.amountTiyn.toString() });
  const key = input.requestKey || null;
  try {
    return await ledgerTransaction(async (tx) => {
      if (key) {
        const earlier = await tx.colour.findUnique({ where: { requestKey: key } });
        if (earlier) return sameRequest(earlier, actor, input);
      }
      const line = await lockedRemaining(tx, input.budgetLineId);
      // Another ministry's line or project does not exist for this official (as everywhere out of scope); only a
      // Finance official, who sees both, is told that they belong to different ministries.
      const project = await tx.project.findUnique({ where: { id: input.projectId } });
      asNotFound(() => assertOfficialFor(actor, line.ministryId), "budget line");
      if (!project) throw new NotFoundError("project");
      asNotFound(() => assertOfficialFor(actor, project.ministryId), "project");
      if (project.ministryId !== line.ministryId) throw new DomainError("PROJECT_OTHER_MINISTRY");
      if (input.amountTiyn > line.remaining) {
        throw new DomainError("BUDGET_LINE_EXCEEDED", { remaining: line.remaining.toString(), attempted: input.amountTiyn.toString() });
      }
      if (input.rules.allowedItemCodes !== "all") {
        const codes = [...new Set(input.rules.allowedItemCodes)];
        const known = await tx.estimateItem.findMany({ where: { projectId: input.projectId, code: { in: codes } }, select: { code: true } });
        const unknown = codes.filter((c) => !known.some((k) => k.code === c));
        if (unknown.length) throw new DomainError("ITEM_NOT_IN_ESTIMATE", { item: unknown.join(", ") });
      }
      const colour = await tx.colour.create({
        data: { budgetLineId: input.budgetLineId, projectId: input.projectId, expiresAt: input.expiresAt, requestKey: key, createdById: actor.isSystem ? null : actor.userId },
      });
      const stored = toStoredRules(input.rules);
      await tx.colourRules.create({ data: { colourId: colour.id, version: 1, rules: stored, reason: input.reason, createdById: actor.isSystem ? null : actor.userId } });
      await appendJournal(tx, colour.id, "rules", { colour: colour.id, version: 1, rules: stored, expiresAt: input.expiresAt.toISOString(), reason: input.reason, actor: actor.userId });
      await postMint(tx, { colourId: colour.id, projectId: input.projectId, amountTiyn: input.amountTiyn, actor });
      return tx.colour.findUniqueOrThrow({ where: { id: colour.id } });
    });
  } catch (error) {
    // Two requests with one key at once: the second waits on the unique key, then fails; the first one's colour stands.
    if (key) {
      const earlier = await prisma().colour.findUnique({ where: { requestKey: key } });
      if (earlier) return sameRequest(earlier, actor, input);
    }
    throw error;
  }
}

/** Adds money to an existing colour from its budget line. */
export async function topUpColour({ actor, colourId, amountTiyn, idempotencyKey }: { actor: TActor; colourId: number; amountTiyn: bigint; idempotencyKey?: string }) {
  // The ledger tells the flag engine of the mint after the commit (shares of the colour change with it).
  return ledgerTransaction(async (tx) => {
    const [colour] = await tx.$queryRaw<{ budget_line_id: number; project_id: number }[]>`SELECT budget_line_id, project_id FROM colour WHERE id = ${colourId} FOR UPDATE`;
    if (!colour) throw new NotFoundError("colour");
    const line = await lockedRemaining(tx, colour.budget_line_id);
    try {
      assertOfficialFor(actor, line.ministryId);
    } catch (error) {
      throw error instanceof ForbiddenError ? new NotFoundError("colour") : error;
    }
    if (amountTiyn > line.remaining) throw new DomainError("BUDGET_LINE_EXCEEDED", { remaining: line.remaining.toString(), attempted: amountTiyn.toString() });
    return postMint(tx, { colourId, projectId: colour.project_id, amountTiyn, actor, idempotencyKey });
  });
}
