// A fresh, empty database for a test run: a new database on the PostgreSQL server at serverUrl (dropped
// afterwards), or an in-memory embedded one when there is no server.
import crypto from "node:crypto";
import pg from "pg";
import { startEmbedded } from "./embedded-db.mjs";

/**
 * @param {{ label?: string, serverUrl?: string | null }} [options]
 * @returns {Promise<{ url: string, kind: "embedded" | "postgresql", dispose: () => Promise<void> }>}
 */
export async function createTestDatabase({ label = "test", serverUrl = process.env.DATABASE_URL } = {}) {
  if (!serverUrl) {
    const db = await startEmbedded({ dataDir: null, port: 0, quiet: true });
    return { url: db.url, kind: "embedded", dispose: db.stop };
  }
  const name = `aiqyn_${label}_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "postgresql",
    dispose: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
