import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { fromStoredRules } from "../rules/stored-rules";
import type { TColourState } from "../rules/types";

/** The colour with its current purpose rules, read inside the posting transaction (one round trip). */
export async function loadColourState(tx: Tx, colourId: number): Promise<TColourState & { projectId: number }> {
  const [colour] = await tx.$queryRaw<{ id: number; project_id: number; is_frozen: boolean; is_closed: boolean; expires_at: Date; version: number | null; rules: unknown }[]>`
    SELECT c.id, c.project_id, c.is_frozen, c.is_closed, c.expires_at, r.version, r.rules
    FROM colour c LEFT JOIN colour_rules r ON r.colour_id = c.id AND r.version = c.rules_version
    WHERE c.id = ${colourId}`;
  if (!colour) throw new NotFoundError("colour");
  // Every colour has the rules of its version (written with it): a missing row is a broken database, not a refusal.
  if (colour.version == null) throw new Error(`Colour ${colourId} has no purpose rules of its version.`);
  return {
    id: colour.id,
    projectId: colour.project_id,
    isFrozen: colour.is_frozen,
    isClosed: colour.is_closed,
    rules: fromStoredRules(colour.rules, colour.version, new Date(colour.expires_at)),
  };
}
