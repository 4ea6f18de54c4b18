import { prisma } from "../../lib/db";

/** Empties every application table (not the migration history) and restarts their id sequences. */
export async function resetDatabase(): Promise<void> {
  const db = prisma();
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT quote_ident(tablename) AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_aiqyn_migrations'`;
  if (tables.length === 0) return;
  // Journal and ledger tables refuse UPDATE/DELETE; TRUNCATE by the owner is how tests start clean. The audit log
  // refuses TRUNCATE too unless the transaction says it resets the database on purpose (migration
  // 20261206234500_audit_append_only).
  await db.$transaction([db.$executeRawUnsafe(`SET LOCAL aiqyn.reset = 'on'`), db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`)]);
}
