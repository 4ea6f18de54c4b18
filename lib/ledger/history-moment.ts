// History dated as it happened (decision 0144). The import and the demo seed replay documents of the past; inside
// `atHistoricMoment(at, fn)` every posting, lot and journal entry written by `fn` is dated `at` (the database
// triggers of prisma/sql/functions/aiqyn_history_at.sql, told through a transaction-local setting) and the journal
// entries' own "at" says the same. Only server code calls it: no screen or route accepts a moment. Entries keep
// their insertion order (seq) and the hash chain covers the payload as written, so verification is unchanged.
import { AsyncLocalStorage } from "node:async_hooks";

const moment = new AsyncLocalStorage<{ at: Date; decidedAt?: Date }>();

/**
 * Runs `fn` with its history dated `at`. `decidedAt`: the moment of the decision that released a payment made at
 * `at` (the bundle's paid_at after its decided_at, decision 0166): the invoice's decision rows are dated then.
 */
export function atHistoricMoment<T>(at: Date, fn: () => Promise<T>, decidedAt?: Date): Promise<T> {
  return moment.run({ at, decidedAt }, fn);
}

/** The moment history is being written at, or undefined when it is happening now. */
export function historicMoment(): Date | undefined {
  return moment.getStore()?.at;
}

/** The moment a replayed decision was taken: the one given to atHistoricMoment, or else the history's moment. */
export function historicDecisionMoment(): Date | undefined {
  const store = moment.getStore();
  return store && (store.decidedAt ?? store.at);
}

/** Dates the invoice decisions the current transaction records (trigger invoice_decision_decided_at; one parameter). */
export const DECIDED_AT_STATEMENT = "SELECT set_config('aiqyn.decided_at', $1::text, true)";

/** The statement that dates the rest of the current transaction's history (one parameter: the ISO moment). */
export const HISTORY_AT_STATEMENT = "SELECT set_config('aiqyn.history_at', $1::text, true)";

/**
 * Both settings of replayed history in one statement without quotes (the names are parameters), so that it can go
 * out with BEGIN in one message (lib/ledger/sql.ts inlined): four parameters, the history's moment and the decision's.
 */
export const HISTORY_AND_DECISION_AT_STATEMENT = "SELECT set_config($1::text, $2::text, true), set_config($3::text, $4::text, true)";

/** The parameters of HISTORY_AND_DECISION_AT_STATEMENT; without moments, the settings emptied (history of now). */
export function historyAndDecisionAt(at: Date | null, decidedAt: Date | null): string[] {
  return ["aiqyn.history_at", at?.toISOString() ?? "", "aiqyn.decided_at", decidedAt?.toISOString() ?? ""];
}

/** HISTORY_AT_STATEMENT without quotes (the name a parameter): two parameters, see historyAt. */
export const HISTORY_AT_INLINABLE = "SELECT set_config($1::text, $2::text, true)";

/** The parameters of HISTORY_AT_INLINABLE. */
export function historyAt(at: Date): string[] {
  return ["aiqyn.history_at", at.toISOString()];
}
