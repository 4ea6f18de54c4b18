import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { returnColourRemainder } from "../ledger/return-remainder";
import { assertOfficialFor } from "../scope";

/**
 * An official of the colour's ministry (Finance: any) returns an expired colour's remainder to the treasury and
 * closes it. A colour out of the caller's scope reads as not found. A project never changes ministry, so the check
 * before the ledger's transaction holds inside it.
 */
export async function returnRemainder({ actor, colourId, now = new Date() }: { actor: TActor; colourId: number; now?: Date }) {
  const colour = await prisma().colour.findUnique({ where: { id: colourId }, select: { project: { select: { ministryId: true } } } });
  if (!colour) throw new NotFoundError("colour");
  try {
    assertOfficialFor(actor, colour.project.ministryId);
  } catch (error) {
    throw error instanceof ForbiddenError ? new NotFoundError("colour") : error;
  }
  return returnColourRemainder({ actor, colourId, now });
}
