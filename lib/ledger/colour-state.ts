import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { fromStoredRules } from "../rules/stored-rules";
import type { TColourState } from "../rules/types";

/** The colour with its current purpose rules, read inside the posting transaction. */
export async function loadColourState(tx: Tx, colourId: number): Promise<TColourState & { projectId: number }> {
  const colour = await tx.colour.findUnique({ where: { id: colourId } });
  if (!colour) throw new NotFoundError("colour");
  const rules = await tx.colourRules.findUniqueOrThrow({ where: { colourId_version: { colourId, version: colour.rulesVersion } } });
  return {
    id: colour.id,
    projectId: colour.projectId,
    isFrozen: colour.isFrozen,
    isClosed: colour.isClosed,
    rules: fromStoredRules(rules.rules, rules.version, colour.expiresAt),
  };
}
