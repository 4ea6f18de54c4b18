// History dated as it happened (decision 0144). The import and the demo seed replay documents of the past; inside
// `atHistoricMoment(at, fn)` every posting, lot and journal entry written by `fn` is dated `at` (the database
// triggers of prisma/sql/functions/aiqyn_history_at.sql, told through a transaction-local setting) and the journal
// entries' own "at" says the same. Only server code calls it: no screen or route accepts a moment. Entries keep
// their insertion order (seq) and the hash chain covers the payload as written, so verification is unchanged.
import { AsyncLocalStorage } from "node:async_hooks";

const moment = new AsyncLocalStorage<Date>();

/** Runs `fn` with its history dated `at`. */
export function atHistoricMoment<T>(at: Date, fn: () => Promise<T>): Promise<T> {
  return moment.run(at, fn);
}

/** The moment history is being written at, or undefined when it is happening now. */
export function historicMoment(): Date | undefined {
  return moment.getStore();
}

/** The statement that dates the rest of the current transaction's history (one parameter: the ISO moment). */
export const HISTORY_AT_STATEMENT = "SELECT set_config('aiqyn.history_at', $1::text, true)";
