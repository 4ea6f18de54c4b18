import { describe, expect, inject, it, vi } from "vitest";
import { ledgerPool, pool } from "../../lib/db";

// A PostgreSQL server can end a connection that sits idle in a pool (a restart, an administrator). The pool must
// log it and carry on with a new connection: an 'error' event nobody listens to would end the process.
describe("database pools", () => {
  it.skipIf(inject("databaseKind") === "embedded")("survive the server ending their idle connections", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      for (const [p, other] of [
        [pool(), ledgerPool()],
        [ledgerPool(), pool()],
      ] as const) {
        logged.mockClear();
        const client = await p.connect();
        const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        client.release();
        await other.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
        await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringContaining("A database connection idle in the pool was ended"), expect.anything()), { timeout: 5_000 });
        expect((await p.query<{ one: number }>("SELECT 1 AS one")).rows[0]!.one).toBe(1);
      }
    } finally {
      logged.mockRestore();
    }
  });
});
