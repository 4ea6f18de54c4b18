// Brings a database up to date, in two steps.
// 1. Migrations (tables and data): prisma/migrations/<timestamp>_<name>/migration.sql in order, each in its own
//    transaction, recording name and sha256 in _aiqyn_migrations. A changed file that was already applied stops
//    everything: history is append-only, like the ledger it creates.
// 2. Database code (functions and triggers, decision 0080): the files listed in prisma/sql/manifest.txt, each
//    holding the current text of one function or trigger. Those whose sha256 differs from the one recorded in
//    _aiqyn_sql are dropped and created again, in the manifest's order, all in one transaction; a file removed
//    from the manifest drops its function or trigger.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BASELINE, SQUASHED_MIGRATIONS, SQUASHED_SQL_FILES } from "./squashed-history.mjs";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const MIGRATIONS_TABLE = "_aiqyn_migrations";
export const SQL_DIR = path.resolve("prisma/sql");
export const SQL_TABLE = "_aiqyn_sql";
/** The runner's own bookkeeping tables: not application data (kept by test resets, ignored by the drift check). */
export const BOOKKEEPING_TABLES = [MIGRATIONS_TABLE, SQL_TABLE];

export class MigrationError extends Error {}

const sha256 = (text) => crypto.createHash("sha256").update(text).digest("hex");

export function listMigrations(dir = MIGRATIONS_DIR) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: sha256(sql) };
    });
}

const KINDS = { functions: "function", triggers: "trigger" };

/**
 * Where a prisma/sql path points: `functions/ledger_post.sql` → the function ledger_post.
 * @param {string} file
 * @returns {{ kind: "function" | "trigger", name: string } | null}
 */
export function sqlObjectOf(file) {
  const m = /^(functions|triggers)\/([a-z_][a-z0-9_]*)\.sql$/.exec(file);
  return m ? { kind: KINDS[m[1]], name: m[2] } : null;
}

/**
 * The files of prisma/sql in the manifest's order.
 * @returns {{ path: string, kind: "function" | "trigger", name: string, sql: string, checksum: string }[]}
 */
export function listSqlFiles(dir = SQL_DIR) {
  const manifest = path.join(dir, "manifest.txt");
  if (!fs.existsSync(manifest)) return [];
  const listed = fs
    .readFileSync(manifest, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const problems = [];
  const seen = new Set();
  /** @type {ReturnType<typeof listSqlFiles>} */
  const files = [];
  for (const file of listed) {
    const object = sqlObjectOf(file);
    if (!object) problems.push(`${file}: not functions/<name>.sql or triggers/<name>.sql`);
    else if (seen.has(file)) problems.push(`${file}: listed twice`);
    else if (!fs.existsSync(path.join(dir, file))) problems.push(`${file}: listed, but there is no such file`);
    else {
      const sql = fs.readFileSync(path.join(dir, file), "utf8");
      files.push({ path: file, ...object, sql, checksum: sha256(sql) });
    }
    seen.add(file);
  }
  for (const folder of Object.keys(KINDS)) {
    if (!fs.existsSync(path.join(dir, folder))) continue;
    for (const name of fs.readdirSync(path.join(dir, folder)).sort()) {
      if (!seen.has(`${folder}/${name}`)) problems.push(`${folder}/${name}: not listed in prisma/sql/manifest.txt`);
    }
  }
  if (problems.length) throw new MigrationError(`prisma/sql is not in order:\n  ${problems.join("\n  ")}`);
  return files;
}

/**
 * Returns the names of the migrations applied by this call (the functions and triggers it replaced are logged).
 * A migrations folder of one's own (tests) comes without the project's database code unless sqlDir says so.
 * @param {string} url
 * @param {{ dir?: string, sqlDir?: string | null, log?: (message: string) => void }} [options]
 * @returns {Promise<string[]>}
 */
export async function migrate(url, { dir = MIGRATIONS_DIR, sqlDir = dir === MIGRATIONS_DIR ? SQL_DIR : null, log = () => {} } = {}) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${SQL_TABLE} (
      path text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const files = listMigrations(dir);
    if (dir === MIGRATIONS_DIR) await adoptSquashedHistory(client, files, log);
    const { rows } = await client.query(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`);
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
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
    if (sqlDir) await applySqlFiles(client, listSqlFiles(sqlDir), log);
    return done;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * A database migrated with the history that the baseline replaced (decision 0081): if it recorded all of it,
 * unchanged, it has the baseline's tables — the baseline is recorded in its place, and its functions and triggers
 * are marked for replacement by prisma/sql. If it recorded only part of it, nothing can bring it forward.
 */
async function adoptSquashedHistory(client, files, log) {
  if (!files.some((f) => f.name === BASELINE)) return;
  const { rows } = await client.query(`SELECT name, checksum FROM ${MIGRATIONS_TABLE} WHERE name = ANY($1::text[])`, [[...SQUASHED_MIGRATIONS.keys(), BASELINE]]);
  const old = rows.filter((r) => r.name !== BASELINE);
  if (old.length === 0) return;
  const complete = old.length === SQUASHED_MIGRATIONS.size && old.every((r) => SQUASHED_MIGRATIONS.get(r.name) === r.checksum);
  if (!complete || rows.some((r) => r.name === BASELINE)) {
    throw new MigrationError(
      "This database was migrated with an older migration history, squashed on 2026-12-06 into one baseline " +
        `(${BASELINE}, decision 0081), and it stopped part of the way: it cannot be brought forward. ` +
        "For the embedded database, delete the folder .data/ and run the command again (the demo data is loaded again); " +
        "for a PostgreSQL database, drop it and create it empty, then run `npm run db:migrate`.",
    );
  }
  const baseline = files.find((f) => f.name === BASELINE);
  await client.query("BEGIN");
  try {
    await client.query(`DELETE FROM ${MIGRATIONS_TABLE} WHERE name = ANY($1::text[])`, [[...SQUASHED_MIGRATIONS.keys()]]);
    await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [BASELINE, baseline.checksum]);
    await client.query(`INSERT INTO ${SQL_TABLE} (path, checksum) SELECT p, 'squashed history' FROM unnest($1::text[]) AS p ON CONFLICT (path) DO NOTHING`, [SQUASHED_SQL_FILES]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  log(`recorded ${BASELINE} in place of the ${SQUASHED_MIGRATIONS.size} migrations it squashed (data kept)`);
}

/** The triggers named, with their tables: [{ name, table }]. */
async function triggersNamed(client, names) {
  const { rows } = await client.query(
    `SELECT t.tgname AS name, t.tgrelid::regclass::text AS "table" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace AND t.tgname = ANY($1::text[])`,
    [names],
  );
  return rows;
}

/**
 * Replaces the functions and triggers whose files changed since they were applied, in one transaction. A function
 * is dropped (every overload of its name) and created again, so that a file may change a signature; the triggers
 * that execute it are then created again from their files too.
 */
export async function applySqlFiles(client, files, log = () => {}) {
  const recorded = async () => new Map((await client.query(`SELECT path, checksum FROM ${SQL_TABLE}`)).rows.map((r) => [r.path, r.checksum]));
  const differences = (rows) => ({
    changed: files.filter((f) => rows.get(f.path) !== f.checksum),
    removed: [...rows.keys()].filter((p) => !files.some((f) => f.path === p)),
  });
  // Nothing changed (the usual case): no transaction, no lock.
  const first = differences(await recorded());
  if (first.changed.length === 0 && first.removed.length === 0) return [];

  const current = new Set(files.map((f) => f.path));
  let failing = "prisma/sql";
  await client.query("BEGIN");
  try {
    // One writer of the database code at a time; what another one did while we waited is not done again.
    await client.query(`LOCK TABLE ${SQL_TABLE} IN EXCLUSIVE MODE`);
    const { changed, removed } = differences(await recorded());
    const targets = [...changed.map((f) => f.path), ...removed].map((p) => ({ path: p, ...sqlObjectOf(p) })).filter((t) => t.kind);
    const functionNames = targets.filter((t) => t.kind === "function").map((t) => t.name);
    const { rows: functions } = await client.query(
      `SELECT p.oid, p.oid::regprocedure::text AS signature FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname = ANY($1::text[])`,
      [functionNames],
    );
    const { rows: dependents } = await client.query(
      `SELECT t.tgname AS name FROM pg_trigger t WHERE NOT t.tgisinternal AND t.tgfoid = ANY($1::oid[])`,
      [functions.map((f) => f.oid)],
    );
    const triggerNames = new Set([...targets.filter((t) => t.kind === "trigger").map((t) => t.name), ...dependents.map((d) => d.name)]);
    for (const t of await triggersNamed(client, [...triggerNames])) await client.query(`DROP TRIGGER ${pg.escapeIdentifier(t.name)} ON ${t.table}`);
    // No CASCADE: anything else that depends on a function (a default, a view) stops the runner rather than going.
    for (const f of functions) await client.query(`DROP FUNCTION ${f.signature}`);

    const recreate = new Set([...changed.map((f) => f.path), ...[...triggerNames].map((n) => `triggers/${n}.sql`).filter((p) => current.has(p))]);
    const applied = [];
    for (const file of files) {
      if (!recreate.has(file.path)) continue;
      failing = `prisma/sql/${file.path}`;
      await client.query(file.sql);
      const defined =
        file.kind === "function"
          ? (await client.query(`SELECT 1 FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname = $1`, [file.name])).rowCount
          : (await triggersNamed(client, [file.name])).length;
      if (!defined) throw new Error(`it must define the ${file.kind} ${file.name} (its file's name), and does not`);
      await client.query(
        `INSERT INTO ${SQL_TABLE} (path, checksum) VALUES ($1, $2) ON CONFLICT (path) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
        [file.path, file.checksum],
      );
      applied.push(file.path);
    }
    failing = "prisma/sql";
    await client.query(`DELETE FROM ${SQL_TABLE} WHERE path = ANY($1::text[])`, [removed]);
    await client.query("COMMIT");
    for (const p of applied) log(`applied prisma/sql/${p}`);
    for (const p of removed) log(`dropped what prisma/sql/${p} defined`);
    return applied;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw new MigrationError(`${failing} failed; no function or trigger was changed: ${error.message}`);
  }
}
