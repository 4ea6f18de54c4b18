import { openDatabase } from "./cli-db.mjs";

/**
 * The frame of a CLI command on the database: opens it (DATABASE_URL or the embedded one, migrated: cli-db.mjs),
 * runs `work` — which imports lib modules itself, now that DATABASE_URL is set — and closes the app's connections
 * and the database whatever happens. Answers what `work` answers.
 */
export async function withDatabase<T>(work: () => Promise<T>): Promise<T> {
  const stop = await openDatabase();
  const { closeDb } = await import("../../lib/db");
  try {
    return await work();
  } finally {
    await closeDb();
    await stop();
  }
}
