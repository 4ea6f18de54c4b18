import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

// The one Prisma client. Created on first use (a build has no database) and kept on globalThis so
// development reloads do not open a new pool each time.
const holder = globalThis as unknown as { aiqynPrisma?: PrismaClient };

export function prisma(): PrismaClient {
  if (!holder.aiqynPrisma) {
    const { DATABASE_URL, DB_POOL_MAX } = env();
    holder.aiqynPrisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DB_POOL_MAX }) });
  }
  return holder.aiqynPrisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
