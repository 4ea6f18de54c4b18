// Where the database is: DATABASE_URL when set (a PostgreSQL server), otherwise the embedded one.
import { findRunning, startEmbedded } from "./embedded-db.mjs";

/** Returns { url, stop, embedded }: stop() is a no-op unless this process opened the embedded database. */
export async function acquireDatabase({ quiet = false } = {}) {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false };
  const running = await findRunning();
  if (running) {
    if (!quiet) console.log(`Using the embedded database already served at ${new URL(running).host}`);
    return { url: running, stop: async () => {}, embedded: true };
  }
  const started = await startEmbedded({ quiet });
  return { ...started, embedded: true };
}
