import { createTestDatabase } from "../scripts/lib/test-db.mjs";

/**
 * A fresh database for a money benchmark (bench/ledger.ts, bench/meals.ts), set as the app's: a pool of ten, and
 * flag refreshes (background work after payments, lib/flags) held until each phase ends and timed on their own, so
 * that the figures are the operations' own and the refreshes' cost is still shown. The caller migrates and disposes.
 */
export async function benchDatabase() {
  const db = await createTestDatabase({ label: "bench" });
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET ??= "bench-does-not-sign-sessions-0000";
  process.env.DB_POOL_MAX = "10";
  process.env.FLAG_REFRESH_DELAY_MS = "3600000";
  return db;
}
