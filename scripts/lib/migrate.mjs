// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, each in its own transaction,
// recording name and sha256 in _aiqyn_migrations. A changed file that was already applied stops
// everything: history is append-only, like the ledger it creates.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const MIGRATIONS_TABLE = "_aiqyn_migrations";

export class MigrationError extends Error {}

export function listMigrations(dir = MIGRATIONS_DIR) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/** Returns the names applied by this call. */
export async function migrate(url, { dir = MIGRATIONS_DIR, log = () => {} } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`);
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    const files = listMigrations(dir);
    for (const [name, checksum] of applied) {
      const file = files.find((f) => f.name === name);
      if (!file) throw new MigrationError(`Migration ${name} is recorded in the database but its folder is missing from prisma/migrations.`);
      if (file.checksum !== checksum)
        throw new MigrationError(`Migration ${name} was changed after it was applied (checksum differs). Write a new migration instead of editing an applied one.`);
    }
    const done = [];
    for (const file of files) {
      if (applied.has(file.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(file.sql);
        await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [file.name, file.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${error.message}`);
      }
      log(`applied ${file.name}`);
      done.push(file.name);
    }
    return done;
  } finally {
    await client.end().catch(() => {});
  }
}
