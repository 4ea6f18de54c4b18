// npm test: lint, typecheck, unit, integration (embedded database unless DATABASE_URL) and e2e (real
// Chromium against the production build). `node scripts/test.mjs <stage...>` runs some of them.
//   --skip-build   e2e reuses the last `next build`
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { CHROMIUM_HINT, findChromium } from "./lib/chromium.mjs";
import { migrate } from "./lib/migrate.mjs";
import { run } from "./lib/spawn.mjs";
import { createTestDatabase } from "./lib/test-db.mjs";

const ALL = ["lint", "typecheck", "unit", "integration", "e2e"];
const args = process.argv.slice(2);
// `--grep words` and `--grep=words` both pass a title filter to Playwright.
const grepAt = args.indexOf("--grep");
const grep = grepAt === -1 ? args.filter((a) => a.startsWith("--grep=")) : ["--grep", args[grepAt + 1] ?? ""];
const requested = args.filter((a, i) => !a.startsWith("--") && (grepAt === -1 || i !== grepAt + 1));
const stages = requested.length ? requested : ALL;
const unknown = stages.filter((s) => !ALL.includes(s));
if (unknown.length) {
  console.error(`Unknown stage(s): ${unknown.join(", ")}. Stages: ${ALL.join(", ")}.`);
  process.exit(2);
}

const chromium = stages.includes("e2e") ? findChromium() : null;
if (stages.includes("e2e") && !chromium) {
  console.error(CHROMIUM_HINT);
  process.exit(1);
}

const TEST_SECRET = "aiqyn-test-secret-not-for-production";

function freePort() {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { redirect: "manual" });
      if (res.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function e2e() {
  if (!args.includes("--skip-build")) {
    const built = await run("next", ["build"]);
    if (built !== 0) return built;
  }
  const db = await createTestDatabase({ label: "e2e" });
  const port = await freePort();
  // Every browser of the run signs in from 127.0.0.1: the per-address lock (50 failures) would end the run, not a test.
  // 127.0.0.2 plays a TLS-terminating proxy in front of the server (e2e/security-headers.spec.ts: HSTS over HTTPS).
  // Likewise the open-data API's per-address token bucket: the crawls of every route would drain it (its 429 with
  // Retry-After is tested at the handler in tests/integration/ocds-api.test.ts).
  const env = { DATABASE_URL: db.url, AUTH_SECRET: TEST_SECRET, NODE_ENV: "production", SIGN_IN_ADDRESS_MAX_FAILURES: "500", TRUSTED_PROXIES: "127.0.0.2", OCDS_RATE_BURST: "100000" };
  let server;
  try {
    await migrate(db.url);
    const seeded = await run("tsx", ["--conditions=react-server", "prisma/seed.ts", "--scale", "demo"], { env });
    if (seeded !== 0) return seeded;
    // The production server of `npm start` (scripts/serve.mjs): it replaces forged forwarding headers.
    server = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    if (!(await waitForHttp(`${baseUrl}/sign-in`))) {
      console.error("The app did not start within 60 s.");
      return 1;
    }
    return await run("playwright", ["test", ...grep], {
      env: {
        ...env,
        NODE_ENV: "test",
        BASE_URL: baseUrl,
        CHROMIUM_PATH: chromium,
        // Factories call lib code, which is marked server-only.
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim(),
      },
    });
  } finally {
    server?.kill("SIGTERM");
    await db.dispose();
  }
}

const STAGES = {
  lint: () => run("eslint", ["--max-warnings=0", "."]),
  typecheck: () => run("tsc", ["--noEmit", "-p", "."]),
  unit: () => run("vitest", ["run", "--project", "unit"]),
  integration: () => run("vitest", ["run", "--project", "integration"]),
  e2e,
};

const results = [];
for (const stage of stages) {
  console.log(`\n\u25B6 ${stage}`);
  const started = Date.now();
  const code = await STAGES[stage]();
  results.push({ stage, ok: code === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (code !== 0) {
    console.error(`\u2716 ${stage} failed (exit ${code})`);
    break;
  }
}
console.log("\nstage        result   seconds");
for (const r of results) console.log(`${r.stage.padEnd(12)} ${(r.ok ? "passed" : "FAILED").padEnd(8)} ${r.seconds.padStart(7)}`);
for (const s of stages.slice(results.length)) console.log(`${s.padEnd(12)} skipped`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
