// For TypeScript CLI commands (run with tsx): DATABASE_URL when set, else the embedded database (started
// here if nobody serves it, migrated). Returns stop().
import { acquireDatabase } from "./database-url.mjs";
import { describeDbError } from "./describe-db-error.mjs";
import { migrate, MigrationError } from "./migrate.mjs";

export async function openDatabase() {
  const db = await acquireDatabase({ quiet: true });
  try {
    await migrate(db.url);
  } catch (error) {
    await db.stop();
    console.error(error instanceof MigrationError ? error.message : describeDbError(error, db.url));
    process.exit(1);
  }
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET ??= "cli-does-not-sign-sessions-000000";
  return db.stop;
}
