import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, inject } from "vitest";
import { resetDatabase } from "../support/reset-database";

// Each worker has a database of its own (tests/integration/global-setup.ts): VITEST_POOL_ID numbers the workers from 1,
// and two files running at once never share one.
const urls = inject("databaseUrls");
process.env.DATABASE_URL = urls[(Number(process.env.VITEST_POOL_ID ?? 1) - 1) % urls.length];
// A replica given to the run (.ci/run) is for tests/integration/read-replica.test.ts alone, which points it at the
// run's database: every other test reads what it just wrote, which a replica may not have replayed yet.
if (process.env.DATABASE_REPLICA_URL) process.env.TEST_REPLICA_BASE_URL = process.env.DATABASE_REPLICA_URL;
delete process.env.DATABASE_REPLICA_URL;
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";
// The journal's signing key (lib/journal/signing-key.ts): outside the checkout, made on first use; one folder per
// worker, so that two never race to write it.
process.env.AIQYN_KEY_DIR ??= path.join(os.tmpdir(), `aiqyn-test-keys-${process.env.VITEST_POOL_ID ?? 1}`);
// Tests change prices and receipts between refreshes: no cached flag facts.
process.env.FLAG_FACTS_CACHE_MS ??= "0";
// Tests read the public figures right after writing them: no kept aggregates (decision 0171).
process.env.PUBLIC_CACHE_MAX_SECONDS ??= "0";

beforeEach(async () => {
  // As every server process does: the flag engine follows the ledger (idempotent).
  await import("../../lib/startup");
  // Flag refreshes a payment scheduled in the previous test finish before its data goes.
  const { settleFlagRefreshes } = await import("../../lib/flags/refresh-flags");
  await settleFlagRefreshes();
  await resetDatabase();
});

afterAll(async () => {
  const { settleFlagRefreshes } = await import("../../lib/flags/refresh-flags");
  await settleFlagRefreshes();
  const { closeDb } = await import("../../lib/db");
  await closeDb();
});
