import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { listMigrations, migrate, MigrationError } from "../../scripts/lib/migrate.mjs";
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

async function tables(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  await c.end();
  return rows.map((r) => r.tablename);
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
    expect(await tables(db.url)).toEqual(["_aiqyn_migrations", "ok"]);
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
