import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbedded } from "../../scripts/lib/embedded-db.mjs";

// The embedded server multiplexes many connections onto PGlite's single session. Concurrent
// extended-protocol queries and transactions from a pool must not interleave.
describe("embedded database server", () => {
  it("serves a pool of concurrent clients without mixing their protocol exchanges", async () => {
    const db = await startEmbedded({ dataDir: null, port: 0, quiet: true });
    const pool = new pg.Pool({ connectionString: db.url, max: 8 });
    try {
      await pool.query("CREATE TABLE t (id serial PRIMARY KEY, a int NOT NULL, b text NOT NULL)");
      const jobs = Array.from({ length: 300 }, async (_, i) => {
        if (i % 5 === 0) {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            await client.query("INSERT INTO t (a, b) VALUES ($1, $2)", [i, "x"]);
            const { rows } = await client.query("SELECT count(*)::int AS n FROM t WHERE a >= $1 AND b = $2", [0, "x"]);
            await client.query("COMMIT");
            return rows[0].n as number;
          } finally {
            client.release();
          }
        }
        const { rows } = await pool.query("SELECT $1::int + $2::int AS s, $3::text AS t", [i, 1, "y"]);
        return rows[0].s as number;
      });
      const results = await Promise.allSettled(jobs);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expect((await pool.query("SELECT count(*)::int AS n FROM t")).rows[0].n).toBe(60);
    } finally {
      await pool.end();
      await db.stop();
    }
  });

  it("a client that disconnects inside a transaction does not block the others", async () => {
    const db = await startEmbedded({ dataDir: null, port: 0, quiet: true });
    try {
      const a = new pg.Client({ connectionString: db.url });
      a.on("error", () => {}); // it is about to be cut off on purpose
      await a.connect();
      await a.query("CREATE TABLE u (id int)");
      await a.query("BEGIN");
      await a.query("INSERT INTO u VALUES (1)");
      a.connection.stream.destroy();
      const b = new pg.Client({ connectionString: db.url });
      await b.connect();
      expect((await b.query("SELECT count(*)::int AS n FROM u")).rows[0].n).toBe(0);
      await b.end();
    } finally {
      await db.stop();
    }
  });
});
