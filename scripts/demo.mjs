// npm run demo: database (embedded unless DATABASE_URL), migrations, demo seed, production build, and the
// server on http://localhost:3000 — then the demo sign-ins. Ctrl+C stops everything.
//   --skip-build   reuse the last build
import { spawn } from "node:child_process";
import path from "node:path";
import { ensureAuthSecret } from "./lib/auth-secret.mjs";
import { acquireDatabase } from "./lib/database-url.mjs";
import { describeDbError } from "./lib/describe-db-error.mjs";
import { migrate, MigrationError } from "./lib/migrate.mjs";
import { run } from "./lib/spawn.mjs";

const port = Number(process.env.PORT ?? 3000);
const skipBuild = process.argv.includes("--skip-build");
const step = (text) => console.log(`\n\u25B6 ${text}`);

step("Database");
const db = await acquireDatabase();
const env = { DATABASE_URL: db.url, AUTH_SECRET: ensureAuthSecret() };
const fail = async (message) => {
  console.error(`\n\u2716 ${message}`);
  await db.stop();
  process.exit(1);
};

try {
  const applied = await migrate(db.url, { log: (m) => console.log(`  ${m}`) });
  console.log(applied.length ? `  ${applied.length} migration(s) applied` : "  schema is up to date");
} catch (error) {
  await fail(error instanceof MigrationError ? error.message : describeDbError(error, db.url));
}

step("Demo data");
if ((await run("tsx", ["--conditions=react-server", "prisma/seed.ts", "--scale", "demo"], { env })) !== 0) await fail("Seeding the demo data failed (see above).");

if (!skipBuild) {
  step("Production build (next build)");
  if ((await run("next", ["build"], { env })) !== 0) await fail("The build failed (see above).");
}

step(`Starting the portal on http://localhost:${port}`);
// Our own server rather than `next start`: it decides the client's address (scripts/serve.mjs, decision 0063).
const server = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port)], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
});
let announced = false;
server.stdout.on("data", async (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Ready|started server/i.test(String(chunk))) {
    announced = true;
    await run("tsx", ["prisma/seed/demo-logins.ts"]);
    console.log(`\n\u2714 Aiqyn is running at http://localhost:${port} — press Ctrl+C to stop.`);
  }
});
const shutdown = async () => {
  server.kill("SIGTERM");
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
server.on("exit", async (code) => {
  await db.stop();
  process.exit(code ?? 0);
});
