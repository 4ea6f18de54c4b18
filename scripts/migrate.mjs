// npm run db:migrate — applies pending migrations to DATABASE_URL (run-with-db sets it).
import { describeDbError } from "./lib/describe-db-error.mjs";
import { migrate, MigrationError } from "./lib/migrate.mjs";

const url = process.env.DATABASE_URL;
try {
  const applied = await migrate(url, { log: (m) => console.log(m) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : describeDbError(error, url));
  process.exit(1);
}
