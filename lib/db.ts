import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";
import { logUnexpected } from "./errors";

// The one pool and the one Prisma client over it. Created on first use (a build has no database) and kept on
// globalThis so development reloads do not open a new pool each time. The ledger's hot path borrows
// connections from the same pool (lib/ledger/sql.ts): one driver, one set of connections.
const holder = globalThis as unknown as { aiqynPrisma?: PrismaClient; aiqynPool?: pg.Pool; aiqynLedgerPool?: pg.Pool };

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

export function prisma(): PrismaClient {
  holder.aiqynPrisma ??= new PrismaClient({ adapter: new PrismaPg(pool()) });
  return holder.aiqynPrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Ends the Prisma client and the pool (CLI commands and test suites, before exiting). */
export async function closeDb(): Promise<void> {
  await holder.aiqynPrisma?.$disconnect();
  await holder.aiqynPool?.end();
  await holder.aiqynLedgerPool?.end();
  holder.aiqynPrisma = undefined;
  holder.aiqynPool = undefined;
  holder.aiqynLedgerPool = undefined;
}
