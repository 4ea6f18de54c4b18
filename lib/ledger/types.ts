/**
 * Who moves the money, as the ledger records it: a user id (journalled; 0 for the system) and whether it is the
 * system (no actor on the transfer row). The caller has already decided that this user may; the ledger does not ask.
 * lib/actor.ts's TActor fits this shape.
 */
export type TLedgerActor = { userId: number; isSystem?: boolean };

/** The transfer row's actor: none for the system (seeds, imports, CLI commands). */
export const actorIdOf = (by: TLedgerActor): number | null => (by.isSystem ? null : by.userId);
