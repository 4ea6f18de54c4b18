import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { ledgerRefusalFrom } from "../../lib/ledger/refusal";
import { listSqlFiles, SQL_TABLE } from "../../scripts/lib/migrate.mjs";

// The functions and triggers in the migrated database are exactly those of prisma/sql (decision 0080). Each file
// is run again inside a transaction that is rolled back: if PostgreSQL's own text of the object (pg_get_functiondef,
// pg_get_triggerdef — its normal form) is the same after as before, the database holds what the file says.
const files = listSqlFiles();
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL! });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

async function definitions(kind: "function" | "trigger", name: string): Promise<string[]> {
  const { rows } =
    kind === "function"
      ? await client.query<{ def: string }>(
          `SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname = $1 ORDER BY p.oid`,
          [name],
        )
      : await client.query<{ def: string }>(`SELECT pg_get_triggerdef(t.oid) AS def FROM pg_trigger t WHERE NOT t.tgisinternal AND t.tgname = $1`, [name]);
  return rows.map((r) => r.def).sort();
}

describe("database code: the database holds what prisma/sql says", () => {
  it("every function and trigger in the database has its file, and every file its object", async () => {
    const { rows: functions } = await client.query<{ name: string }>(
      `SELECT DISTINCT p.proname AS name FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1`,
    );
    const { rows: triggers } = await client.query<{ name: string }>(
      `SELECT t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace ORDER BY 1`,
    );
    expect(functions.map((f) => f.name)).toEqual(files.filter((f) => f.kind === "function").map((f) => f.name).sort());
    expect(triggers.map((t) => t.name)).toEqual(files.filter((f) => f.kind === "trigger").map((f) => f.name).sort());
  });

  it("the runner recorded every file as it is now", async () => {
    const { rows } = await client.query<{ path: string; checksum: string }>(`SELECT path, checksum FROM ${SQL_TABLE}`);
    const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : 1);
    expect(rows.sort(byPath)).toEqual(files.map((f) => ({ path: f.path, checksum: f.checksum })).sort(byPath));
  });

  it.each(files.map((f) => [f.path, f] as const))("%s is the live definition", async (_, file) => {
    const live = await definitions(file.kind, file.name);
    expect(live).toHaveLength(1);
    await client.query("BEGIN");
    try {
      await client.query(file.sql);
      expect(await definitions(file.kind, file.name)).toEqual(live);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});

describe("refusals from SQL reach TypeScript as a code and facts (decision 0082)", () => {
  const zero = `SELECT * FROM ledger_post(1, 1, 2, 0, 'payment', 'test', NULL, NULL, NULL, NULL, NULL)`;
  const unpayable = `SELECT * FROM invoice_pay(987654, 1, 1, 2, 5, NULL, NULL, false, NULL, now())`;
  const refusal = (attempt: Promise<unknown>) => attempt.then(() => null, (error: unknown) => ledgerRefusalFrom(error));

  it("through the pg driver", async () => {
    expect(await refusal(client.query(zero))).toMatchObject({ code: "NON_POSITIVE_AMOUNT", params: { attempted: "0" } });
    expect(await refusal(client.query(unpayable))).toMatchObject({ code: "INVOICE_NOT_PAYABLE", params: { invoice: "987654" } });
  });

  it("through Prisma over the pg adapter, alone and in a transaction", async () => {
    expect(await refusal(prisma().$queryRawUnsafe(zero))).toMatchObject({ code: "NON_POSITIVE_AMOUNT", params: { attempted: "0" } });
    expect(await refusal(prisma().$transaction((tx) => tx.$queryRawUnsafe(unpayable)))).toMatchObject({ code: "INVOICE_NOT_PAYABLE", params: { invoice: "987654" } });
  });

  it("history refuses with its own code, the table and the operation in the detail", async () => {
    await client.query("INSERT INTO audit_event (action) VALUES ('test.kept')");
    const error = await client.query("DELETE FROM audit_event").then(() => null, (e: { code?: string; detail?: string }) => e);
    expect(error?.code).toBe("LH001");
    expect(JSON.parse(error?.detail ?? "{}")).toEqual({ table: "audit_event", operation: "DELETE" });
  });
});
