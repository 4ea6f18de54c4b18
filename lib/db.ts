import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { logUnexpected } from "./errors";
import { REPLICA_STATE_SQL, replicaUsable, type TReplicaState } from "./replica-lag";

// The one pool and the one Prisma client over it. Created on first use (a build has no database) and kept on
// globalThis so development reloads do not open a new pool each time. The ledger's hot path borrows
// connections from the same pool (lib/ledger/sql.ts): one driver, one set of connections.
const holder = globalThis as unknown as {
  aiqynPrisma?: PrismaClient;
  aiqynPool?: pg.Pool;
  aiqynLedgerPool?: pg.Pool;
  aiqynReplicaPrisma?: PrismaClient;
  aiqynReplicaPool?: pg.Pool;
  /** The last measurement of the replica's lag: usable or not, and when it was taken. */
  aiqynReplicaCheck?: { usable: boolean; at: number };
  aiqynReplicaChecking?: Promise<boolean>;
};

/**
 * A connection that the server ends while it sits idle in a pool (a restart, an administrator, a dropped test
 * database) is logged and left for the pool to replace; unheard, its error would end the whole process.
 */
function surviveIdleErrors(p: pg.Pool): pg.Pool {
  p.on("error", (error) => logUnexpected(error, "A database connection idle in the pool was ended"));
  return p;
}

export function pool(): pg.Pool {
  if (!holder.aiqynPool) {
    const { DATABASE_URL, DB_POOL_MAX } = env();
    holder.aiqynPool = surviveIdleErrors(new pg.Pool({ connectionString: DATABASE_URL, max: DB_POOL_MAX }));
  }
  return holder.aiqynPool;
}

/**
 * The payment hot path's connections (lib/ledger/sql.ts): the same driver in pipeline mode, so that BEGIN goes
 * out with a transaction's first statement and COMMIT with its last — a payment is two round trips. Kept apart
 * from Prisma's pool so that nothing else runs on pipelined connections.
 */
export function ledgerPool(): pg.Pool {
  if (!holder.aiqynLedgerPool) {
    const { DATABASE_URL, DB_POOL_MAX } = env();
    holder.aiqynLedgerPool = surviveIdleErrors(new pg.Pool({ connectionString: DATABASE_URL, max: DB_POOL_MAX, pipeline: true }));
  }
  return holder.aiqynLedgerPool;
}

/**
 * Whether the database is the embedded one (PGlite): one session behind every connection, where prepared statement
 * names collide and a cursor's open transaction blocks the other connections. Asked once per process.
 */
let embedded: Promise<boolean> | null = null;
export function isEmbeddedDatabase(client: Pick<pg.PoolClient, "query">): Promise<boolean> {
  embedded ??= client.query<{ embedded: boolean }>(`SELECT version() LIKE '%PGlite%' AS embedded`)
    .then((r) => Boolean(r.rows[0]?.embedded))
    .catch((error: unknown) => { embedded = null; throw error; });
  return embedded;
}

/** How long an interactive transaction may wait for a connection and run (as the ledger's, lib/ledger/transaction.ts). */
export const TRANSACTION_LIMITS = { maxWait: 15_000, timeout: 30_000 } as const;

export function prisma(): PrismaClient {
  // The ledger's own limits for every interactive transaction (decision 0235): Prisma's 5 s default failed the seed
  // and ordinary creates on a loaded machine, where the same work takes twice as long.
  holder.aiqynPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool()), transactionOptions: TRANSACTION_LIMITS });
  return holder.aiqynPrisma;
}

/** The streaming replica's pool (DATABASE_REPLICA_URL), or null when none is configured (decision 0170). */
export function replicaPool(): pg.Pool | null {
  const { DATABASE_REPLICA_URL, DB_POOL_MAX } = env();
  if (!DATABASE_REPLICA_URL) return null;
  // No connectionTimeoutMillis: it also bounds the wait for a free connection, which under load is the queue, not
  // a sick replica (a 2 s bound turned 50 clients' requests into 500s). The lag check has its own bound instead.
  holder.aiqynReplicaPool ??= surviveIdleErrors(new pg.Pool({ connectionString: DATABASE_REPLICA_URL, max: DB_POOL_MAX }));
  return holder.aiqynReplicaPool;
}

const LAG_CHECK_TIMEOUT_MS = 2_000;

/** The replica's own account of its replay, on a connection of its own (never queued behind the pool's readers). */
async function replicaState(): Promise<TReplicaState> {
  const client = new pg.Client({ connectionString: env().DATABASE_REPLICA_URL, connectionTimeoutMillis: LAG_CHECK_TIMEOUT_MS, query_timeout: LAG_CHECK_TIMEOUT_MS });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ in_recovery: boolean; streaming: boolean; unreplayed_bytes: number | null; replay_age_seconds: number | null }>(REPLICA_STATE_SQL);
    const r = rows[0]!;
    return { inRecovery: r.in_recovery, streaming: r.streaming, unreplayedBytes: r.unreplayed_bytes, replayAgeSeconds: r.replay_age_seconds };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Measures the replica's lag at most once per REPLICA_LAG_CHECK_MS; concurrent callers share one measurement. */
async function replicaIsUsable(): Promise<boolean> {
  const { REPLICA_LAG_CHECK_MS, REPLICA_MAX_LAG_SECONDS, REPLICA_CURRENT_BYTES } = env();
  const last = holder.aiqynReplicaCheck;
  if (last && Date.now() - last.at < REPLICA_LAG_CHECK_MS) return last.usable;
  holder.aiqynReplicaChecking ??= (async () => {
    let usable = false;
    try {
      usable = replicaUsable(await replicaState(), REPLICA_MAX_LAG_SECONDS, REPLICA_CURRENT_BYTES);
    } catch (error) {
      logUnexpected(error, "The read replica did not answer its lag check; reads go to the primary");
    }
    if (last?.usable !== usable) console.info(`[db] reads go to the ${usable ? "replica" : "primary"} (replica lag check)`);
    holder.aiqynReplicaCheck = { usable, at: Date.now() };
    return usable;
  })().finally(() => {
    holder.aiqynReplicaChecking = undefined;
  });
  return holder.aiqynReplicaChecking;
}

/**
 * The client for reads that may be a few seconds old: the public portal, dashboards, investigators' exploring
 * (decision 0170). The replica when DATABASE_REPLICA_URL is set and it lags at most REPLICA_MAX_LAG_SECONDS (measured
 * with pg_last_xact_replay_timestamp(), reused for REPLICA_LAG_CHECK_MS); the primary otherwise. Money moves, the
 * reads inside them and a page that shows what its own request just wrote keep using prisma().
 */
export async function readDb(): Promise<PrismaClient> {
  const replica = replicaPool();
  if (!replica || !(await replicaIsUsable())) return prisma();
  holder.aiqynReplicaPrisma ??= new PrismaClient({ adapter: new PrismaPg(replica) });
  return holder.aiqynReplicaPrisma;
}

/** The raw-driver pool for the same reads as readDb (the open-data loaders, the bulk export). */
export async function readPool(): Promise<pg.Pool> {
  const replica = replicaPool();
  return replica && (await replicaIsUsable()) ? replica : pool();
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Ends the Prisma client and the pool (CLI commands and test suites, before exiting). */
export async function closeDb(): Promise<void> {
  await holder.aiqynPrisma?.$disconnect();
  await holder.aiqynPool?.end();
  await holder.aiqynLedgerPool?.end();
  await holder.aiqynReplicaPrisma?.$disconnect();
  await holder.aiqynReplicaPool?.end();
  holder.aiqynPrisma = undefined;
  holder.aiqynReplicaPrisma = undefined;
  holder.aiqynReplicaPool = undefined;
  holder.aiqynReplicaCheck = undefined;
  holder.aiqynPool = undefined;
  holder.aiqynLedgerPool = undefined;
}
