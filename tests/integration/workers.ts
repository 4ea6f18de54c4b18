/**
 * How many test files run at once, each worker on a database of its own (decision 0305): INTEGRATION_WORKERS, 2 by
 * default (the machine's two cores). Read by vitest.config.ts and by the global setup, which makes the databases.
 */
export function integrationWorkers(): number {
  const n = Number(process.env.INTEGRATION_WORKERS ?? 2);
  return Number.isSafeInteger(n) && n >= 1 ? n : 2;
}
