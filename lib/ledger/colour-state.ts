import type { Tx } from "../db";
import { NotFoundError } from "../errors";
import { fromStoredRules } from "../rules/stored-rules";
import type { TColourState } from "../rules/types";
import { sqlOf, type TSql } from "./sql";

/** The columns loadColourState reads (a statement may read more beside them: lib/ledger/exit-circuit.ts). */
export type TColourStateRow = { id: number; project_id: number; is_frozen: boolean; is_closed: boolean; expires_at: Date; version: number | null; rules: unknown };

/** The colour and its rules of the current version, `c` and `r` for more columns, by `$1` (the colour's id). */
export const COLOUR_STATE_FROM = `FROM colour c LEFT JOIN colour_rules r ON r.colour_id = c.id AND r.version = c.rules_version WHERE c.id = $1::int`;
export const COLOUR_STATE_COLUMNS = `c.id, c.project_id, c.is_frozen, c.is_closed, c.expires_at, r.version, r.rules`;

/** The colour with its current purpose rules, read inside the posting transaction (one round trip). */
export async function loadColourState(txOrSql: Tx | TSql, colourId: number): Promise<TColourState & { projectId: number }> {
  const sql = typeof txOrSql === "function" ? txOrSql : sqlOf(txOrSql);
  const [colour] = await sql<TColourStateRow>(`SELECT ${COLOUR_STATE_COLUMNS} ${COLOUR_STATE_FROM}`, [colourId]);
  return colourStateOf(colour, colourId);
}

/** The colour state of a row read by COLOUR_STATE_COLUMNS … COLOUR_STATE_FROM (none: the colour does not exist). */
export function colourStateOf(colour: TColourStateRow | undefined, colourId: number): TColourState & { projectId: number } {
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
