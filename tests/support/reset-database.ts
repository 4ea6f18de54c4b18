import { prisma } from "../../lib/db";

/** Empties every application table (not the migration runner's bookkeeping) and restarts their id sequences. */
export async function resetDatabase(): Promise<void> {
  const db = prisma();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('_aiqyn_migrations', '_aiqyn_sql')`;
  if (tables.length === 0) return;
  // Journal and ledger tables refuse UPDATE/DELETE; TRUNCATE by the owner is how tests start clean. The audit log
  // refuses TRUNCATE too unless the transaction says it resets the database on purpose
  // (prisma/sql/functions/aiqyn_audit_no_truncate.sql).
  await db.$transaction([db.$executeRawUnsafe(`SET LOCAL aiqyn.reset = 'on'`), db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`)]);
}
