// Reads of the public portal go to the streaming replica (issue 16, decision 0170). Runs when the run is given a
// replica of its PostgreSQL server (DATABASE_REPLICA_URL, as .ci/run does with scripts/start-replica.sh); skipped
// on the embedded database or without a replica.
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";

const base = process.env.TEST_REPLICA_BASE_URL;
const enabled = Boolean(base) && inject("databaseKind") === "postgresql";
if (enabled) {
  // The same database as the run's, on the replica's server. Every check measures the lag afresh, and a second of
  // replay lag counts as too much, so that pausing the replay shows the fallback without waiting 30 s.
  const url = new URL(base!);
  url.pathname = new URL(process.env.DATABASE_URL!).pathname;
  process.env.DATABASE_REPLICA_URL = url.toString();
  process.env.REPLICA_LAG_CHECK_MS = "0";
  process.env.REPLICA_MAX_LAG_SECONDS = "1";
  process.env.REPLICA_CURRENT_BYTES = "0";
}

const { ledgerPool, pool, readDb, replicaPool, prisma } = await import("../../lib/db");
const { cachedNationalOverview, nationalOverview } = await import("../../lib/public/national-overview");
const { publicArea } = await import("../../lib/public/area-profile");
const { publicProject } = await import("../../lib/public/project-profile");
const { publicCompany } = await import("../../lib/public/company-profile");
const { parsePublicSearch, searchPublic } = await import("../../lib/public/search");
const { searchExport } = await import("../../lib/public/search-export");
const { dataAsOf } = await import("../../lib/public/data-as-of");
const { recordsPage, releasesPage } = await import("../../lib/ocds/api");
const { seedDemoAccounts } = await import("../../prisma/seed/demo-accounts");
const { seedDemoMoney } = await import("../../prisma/seed/demo-money");
const { settleFlagRefreshes } = await import("../../lib/flags/refresh-flags");

/** Waits until the replica has replayed everything the primary wrote so far. */
async function replicaCaughtUp(replica: pg.Pool) {
  const { rows } = await pool().query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  for (let i = 0; i < 200; i++) {
    const r = await replica.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [rows[0]!.lsn]);
    if (r.rows[0]!.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The replica did not catch up within 10 s");
}

/** Counts what reaches each pool: a Prisma query, a raw query or a transaction all start with connect() or query(). */
function spyOn(p: pg.Pool) {
  return [vi.spyOn(p, "connect"), vi.spyOn(p, "query")];
}
const calls = (spies: ReturnType<typeof spyOn>) => spies.reduce((n, s) => n + s.mock.calls.length, 0);

/** Every public page's view model, with the arguments its page gives it. */
async function everyPublicRead(projectId: number, bin: string, region: string) {
  const origin = "http://portal.test";
  return Promise.all([
    dataAsOf(),
    nationalOverview(),
    cachedNationalOverview(),
    publicArea({ kind: "region", key: region }),
    publicProject({ projectId }),
    publicCompany({ bin }),
    searchPublic(parsePublicSearch({ q: "а" })),
    searchExport({ search: parsePublicSearch({}), format: "csv", locale: "ru", origin }),
    releasesPage({ baseUrl: origin, pageUrl: (c) => `${origin}/r?cursor=${c}`, uri: `${origin}/r` }),
    recordsPage({ baseUrl: origin, pageUrl: (c) => `${origin}/p?cursor=${c}`, uri: `${origin}/p` }),
  ]);
}

describe.runIf(enabled)("reads on the streaming replica (decision 0170)", () => {
  afterAll(async () => {
    await replicaPool()
      ?.query("SELECT pg_wal_replay_resume()")
      .catch(() => undefined);
  });

  it("public pages' view models send no query to the primary", async () => {
    await seedDemoAccounts();
    await seedDemoMoney();
    const project = await prisma().project.findFirstOrThrow({ where: { colours: { some: {} } }, select: { id: true, region: true } });
    const company = await prisma().organization.findFirstOrThrow({ where: { kind: "company", bin: { not: null } }, select: { bin: true } });
    // The flag engine follows payments on the primary in the background: let it finish before counting.
    await settleFlagRefreshes();
    const replica = replicaPool()!;
    await replicaCaughtUp(replica);

    const primarySpies = [...spyOn(pool()), ...spyOn(ledgerPool())];
    const replicaSpies = spyOn(replica);
    const reads = await everyPublicRead(project.id, company.bin!, project.region);
    expect(calls(primarySpies)).toBe(0);
    expect(calls(replicaSpies)).toBeGreaterThan(10);
    // They read the data: the replica holds what the primary wrote.
    expect(reads[1].totals.allocated).toBeGreaterThan(0n);
    expect(reads[4]?.project.id).toBe(project.id);
    expect(await readDb()).not.toBe(prisma());
    vi.restoreAllMocks();
  });

  it("falls back to the primary while the replica lags, and returns when it caught up", async () => {
    await seedDemoAccounts();
    const replica = replicaPool()!;
    await replicaCaughtUp(replica);
    expect(await readDb()).not.toBe(prisma());
    await replica.query("SELECT pg_wal_replay_pause()");
    try {
      await seedDemoMoney();
      // The replica received the money but does not replay it: behind, so reads go to the primary.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      expect(await readDb()).toBe(prisma());
      const primarySpies = spyOn(pool());
      expect((await nationalOverview()).totals.allocated).toBeGreaterThan(0n);
      expect(calls(primarySpies)).toBeGreaterThan(0);
      vi.restoreAllMocks();
    } finally {
      await replica.query("SELECT pg_wal_replay_resume()");
    }
    await settleFlagRefreshes();
    await replicaCaughtUp(replica);
    expect(await readDb()).not.toBe(prisma());
  });
});
