import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { listMigrations, listSqlFiles, migrate, MIGRATIONS_TABLE, MigrationError, SQL_TABLE } from "../../scripts/lib/migrate.mjs";
import { BASELINE, SQUASHED_MIGRATIONS } from "../../scripts/lib/squashed-history.mjs";
import { createTestDatabase } from "../../scripts/lib/test-db.mjs";

// Each case gets its own empty database and its own copy of a migrations folder.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let dir: string;

beforeEach(async () => {
  db = await createTestDatabase({ label: "mig", serverUrl: inject("serverUrl") });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-migrations-"));
});

afterEach(async () => {
  await db.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function query<T extends pg.QueryResultRow = Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, params)).rows;
  } finally {
    await c.end();
  }
}

async function tables(url: string): Promise<string[]> {
  return (await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).map((r) => r.tablename);
}

describe("migration runner", () => {
  it("applies the project's migrations once; a second run applies nothing", async () => {
    const first = await migrate(db.url);
    expect(first).toEqual(listMigrations().map((m) => m.name));
    expect(await migrate(db.url)).toEqual([]);
    expect(await tables(db.url)).toContain("app_user");
  });

  it("applies in name order, each in its own transaction", async () => {
    write("20260101000000_a", "CREATE TABLE a (id int PRIMARY KEY);");
    write("20260102000000_b", "CREATE TABLE b (id int REFERENCES a (id));");
    expect(await migrate(db.url, { dir })).toEqual(["20260101000000_a", "20260102000000_b"]);
  });

  it("rolls back a failing migration completely and does not record it", async () => {
    write("20260101000000_ok", "CREATE TABLE ok (id int);");
    write("20260102000000_bad", "CREATE TABLE half (id int);\nSELECT no_such_function();");
    await expect(migrate(db.url, { dir })).rejects.toThrow(/20260102000000_bad failed and was rolled back/);
    expect(await tables(db.url)).toEqual(["_aiqyn_migrations", "_aiqyn_sql", "ok"]);
    // Once fixed, it goes through.
    write("20260102000000_bad", "CREATE TABLE half (id int);");
    expect(await migrate(db.url, { dir })).toEqual(["20260102000000_bad"]);
  });

  it("refuses to run when an applied migration was edited", async () => {
    write("20260101000000_a", "CREATE TABLE a (id int);");
    await migrate(db.url, { dir });
    write("20260101000000_a", "CREATE TABLE a (id bigint);");
    await expect(migrate(db.url, { dir })).rejects.toBeInstanceOf(MigrationError);
    await expect(migrate(db.url, { dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("refuses to run when an applied migration's folder is gone", async () => {
    write("20260101000000_a", "CREATE TABLE a (id int);");
    await migrate(db.url, { dir });
    fs.rmSync(path.join(dir, "20260101000000_a"), { recursive: true });
    await expect(migrate(db.url, { dir })).rejects.toThrow(/folder is missing/);
  });
});

describe("database code (prisma/sql)", () => {
  let sqlDir: string;
  beforeEach(() => {
    sqlDir = fs.mkdtempSync(path.join(os.tmpdir(), "aiqyn-sql-"));
    write("20260101000000_t", "CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);");
  });
  afterEach(() => fs.rmSync(sqlDir, { recursive: true, force: true }));

  function code(files: Record<string, string>) {
    fs.rmSync(sqlDir, { recursive: true, force: true });
    fs.mkdirSync(sqlDir);
    for (const [file, sql] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(sqlDir, file)), { recursive: true });
      fs.writeFileSync(path.join(sqlDir, file), sql);
    }
    fs.writeFileSync(path.join(sqlDir, "manifest.txt"), `# order\n${Object.keys(files).join("\n")}\n`);
  }
  const bump = (body: string) => `CREATE OR REPLACE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NEW; END $$;`;
  const trigger = "CREATE OR REPLACE TRIGGER t_bump BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION bump();";
  const signatures = async () => (await query<{ s: string }>(db.url, "SELECT oid::regprocedure::text AS s FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1")).map((r) => r.s);
  const insert = async (id: number) => (await query<{ n: number }>(db.url, "INSERT INTO t (id) VALUES ($1) RETURNING n", [id]))[0]!.n;

  it("applies the files after the migrations, and again only the files that changed", async () => {
    code({ "functions/bump.sql": bump("NEW.n := 1;"), "triggers/t_bump.sql": trigger });
    const log: string[] = [];
    await migrate(db.url, { dir, sqlDir, log: (m) => log.push(m) });
    expect(log).toEqual(["applied 20260101000000_t", "applied prisma/sql/functions/bump.sql", "applied prisma/sql/triggers/t_bump.sql"]);
    expect(await insert(1)).toBe(1);

    log.length = 0;
    await migrate(db.url, { dir, sqlDir, log: (m) => log.push(m) });
    expect(log).toEqual([]);

    // The function changes: it is replaced, and the trigger that executes it is created again from its file.
    code({ "functions/bump.sql": bump("NEW.n := 2;"), "triggers/t_bump.sql": trigger });
    await migrate(db.url, { dir, sqlDir, log: (m) => log.push(m) });
    expect(log).toEqual(["applied prisma/sql/functions/bump.sql", "applied prisma/sql/triggers/t_bump.sql"]);
    expect(await insert(2)).toBe(2);
  });

  it("a changed signature replaces the function instead of adding an overload; a removed file drops its object", async () => {
    code({ "functions/twice.sql": "CREATE OR REPLACE FUNCTION twice(a int) RETURNS int LANGUAGE sql AS $$ SELECT a * 2 $$;" });
    await migrate(db.url, { dir, sqlDir });
    code({ "functions/twice.sql": "CREATE OR REPLACE FUNCTION twice(a bigint, b bigint DEFAULT 0) RETURNS bigint LANGUAGE sql AS $$ SELECT a * 2 + b $$;" });
    await migrate(db.url, { dir, sqlDir });
    expect(await signatures()).toEqual(["twice(bigint,bigint)"]);
    code({});
    await migrate(db.url, { dir, sqlDir });
    expect(await signatures()).toEqual([]);
    expect(await query(db.url, `SELECT * FROM ${SQL_TABLE}`)).toEqual([]);
  });

  it("a failing file changes nothing of the database code, and names itself", async () => {
    code({ "functions/bump.sql": bump("NEW.n := 1;"), "triggers/t_bump.sql": trigger });
    await migrate(db.url, { dir, sqlDir });
    code({ "functions/bump.sql": bump("NEW.n := 3;"), "triggers/t_bump.sql": "CREATE OR REPLACE TRIGGER t_bump BEFORE INSERT ON no_such_table FOR EACH ROW EXECUTE FUNCTION bump();" });
    await expect(migrate(db.url, { dir, sqlDir })).rejects.toThrow(/prisma\/sql\/triggers\/t_bump.sql failed; no function or trigger was changed/);
    expect(await insert(1)).toBe(1);
  });

  it("refuses a file the manifest does not list, and one that defines something other than its name", async () => {
    code({ "functions/bump.sql": bump("NEW.n := 1;") });
    fs.writeFileSync(path.join(sqlDir, "functions", "stray.sql"), "SELECT 1;");
    expect(() => listSqlFiles(sqlDir)).toThrow(/functions\/stray.sql: not listed/);
    code({ "functions/other.sql": bump("NEW.n := 1;") });
    await expect(migrate(db.url, { dir, sqlDir })).rejects.toThrow(/must define the function other/);
  });
});

describe("the squashed history (decision 0081)", () => {
  // A database as the old history left it: the baseline's tables and code, the 23 old names recorded in the
  // baseline's place (migrations added after the baseline stay recorded as they are).
  async function asOldHistory() {
    await migrate(db.url);
    await query(db.url, `DELETE FROM ${MIGRATIONS_TABLE} WHERE name = $1`, [BASELINE]);
    await query(db.url, `DELETE FROM ${SQL_TABLE}`);
    for (const [name, checksum] of SQUASHED_MIGRATIONS) await query(db.url, `INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [name, checksum]);
  }

  it("a database migrated with all of it is recorded as the baseline, its data kept and its code replaced", async () => {
    await asOldHistory();
    await query(db.url, "INSERT INTO organization (kind, name) VALUES ('ministry', 'Kept')");
    const log: string[] = [];
    expect(await migrate(db.url, { log: (m) => log.push(m) })).toEqual([]);
    expect(log[0]).toMatch(/recorded 20261206000000_baseline in place of the 23 migrations/);
    const names = (await query(db.url, `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`)).map((r) => (r as { name: string }).name);
    expect(names[0]).toBe(BASELINE);
    expect(names.filter((n) => SQUASHED_MIGRATIONS.has(n))).toEqual([]);
    expect(await query(db.url, `SELECT count(*)::int AS n FROM ${SQL_TABLE}`)).toEqual([{ n: listSqlFiles().length }]);
    expect(await query(db.url, "SELECT name FROM organization")).toEqual([{ name: "Kept" }]);
  });

  it("a database migrated with part of it is refused with what to do", async () => {
    await asOldHistory();
    await query(db.url, `DELETE FROM ${MIGRATIONS_TABLE} WHERE name = '20261206234500_audit_append_only'`);
    await expect(migrate(db.url)).rejects.toThrow(/cannot be brought forward\. .*delete the folder \.data\//);
  });
});
