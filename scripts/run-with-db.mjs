// Runs a command with DATABASE_URL set: the given PostgreSQL server, or the embedded database, which is
// started here if no other process serves it yet, migrated, and stopped when the command ends.
//   node scripts/run-with-db.mjs [--no-migrate] -- <command> [args...]
import { acquireDatabase } from "./lib/database-url.mjs";
import { ensureAuthSecret } from "./lib/auth-secret.mjs";
import { describeDbError } from "./lib/describe-db-error.mjs";
import { migrate, MigrationError } from "./lib/migrate.mjs";
import { run } from "./lib/spawn.mjs";

const argv = process.argv.slice(2);
const sep = argv.indexOf("--");
const flags = sep === -1 ? [] : argv.slice(0, sep);
const [command, ...args] = sep === -1 ? argv : argv.slice(sep + 1);
if (!command) {
  console.error("usage: node scripts/run-with-db.mjs [--no-migrate] -- <command> [args...]");
  process.exit(2);
}

const db = await acquireDatabase();
let code = 1;
try {
  if (!flags.includes("--no-migrate")) {
    try {
      const applied = await migrate(db.url);
      if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
    } catch (error) {
      console.error(error instanceof MigrationError ? error.message : describeDbError(error, db.url));
      process.exitCode = 1;
      throw null;
    }
  }
  code = await run(command, args, { env: { DATABASE_URL: db.url, AUTH_SECRET: ensureAuthSecret() } });
} catch (error) {
  if (error) console.error(error);
} finally {
  await db.stop();
}
process.exit(process.exitCode || code);
