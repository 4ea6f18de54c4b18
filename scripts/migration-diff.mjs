// npm run db:diff -- <name>: builds an empty in-memory database from prisma/migrations, compares it
// with prisma/schema.prisma and writes the difference as a new migration folder. Hand edits (CHECK constraints,
// partial or expression indexes) go into the written file or a migration of their own; functions and triggers
// go into prisma/sql (decision 0080), never into a migration.
import fs from "node:fs";
import path from "node:path";
import { startEmbedded } from "./lib/embedded-db.mjs";
import { migrate, MIGRATIONS_DIR } from "./lib/migrate.mjs";
import { diffDatabaseToSchema } from "./lib/schema-engine.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:diff -- <migration_name>");
  process.exit(2);
}
const db = await startEmbedded({ dataDir: null, port: 0, quiet: true });
try {
  await migrate(db.url);
  const sql = await diffDatabaseToSchema(db.url);
  if (!sql) {
    console.log("schema.prisma matches prisma/migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await db.stop();
}
