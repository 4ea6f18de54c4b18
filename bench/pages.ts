// npm run bench:pages [-- --json] [--runs N] [--url http://host:port]: response times of the pages people wait
// for, signed in as the role that uses them — the investigator's flag queue and a trace, the ministry's budget
// dashboard and a project page, a contractor's dashboard. Starts `next start` on the last build against the
// configured database (DATABASE_URL, or the embedded one through run-with-db) unless --url names a running app.
// Time to first byte and to the last byte, p50/p95/max over N requests after warm-up. Prints a table (or JSON).
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, requireBuild } from "./free-port";
import { codeAt, stepAt } from "../lib/mfa/totp";
import { DEMO_USERS } from "../prisma/seed/demo-logins";
import { asJson, log, option } from "./args";

const RUNS = Number(option("--runs") ?? 40);
const WARMUP = 3;
const PASSWORD = process.env.BENCH_PASSWORD ?? "Aiqyn-demo-2026";

const LOGINS = {
  investigator: "investigator@anticorruption.gov.kz",
  official: "official@minfin.gov.kz",
  contractor: "contractor@almatystroy.kz",
} as const;

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  requireBuild();
  const port = await freePort();
  const child = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/sign-in`)).status < 500) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error("The app did not start within 60 s.");
}

/** Signs in through Auth.js's credentials endpoint; returns the Cookie header of the session. */
async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: `${base}/` }),
  });
  keep(res);
  // An account with a second factor answers with the code step's ticket: give the demo account's current code.
  const ticket = jar.get("aiqyn-sign-in-step");
  const secret = DEMO_USERS.find((u) => u.email === email)?.totpSecret;
  if (ticket && secret) {
    const step = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
      body: new URLSearchParams({ ticket, code: codeAt(secret, stepAt(Date.now())), csrfToken, callbackUrl: `${base}/` }),
    });
    keep(step);
  }
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`Could not sign in as ${email} (is the demo seeded?)`);
  return cookie();
}

async function timeRequest(url: string, cookie: string): Promise<{ ttfb: number; total: number; status: number }> {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const ttfb = performance.now() - started;
  await res.arrayBuffer();
  return { ttfb, total: performance.now() - started, status: res.status };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  // The subjects people open most: the busiest colour and project, the contractor's own dashboard.
  const one = async (sql: string) => (await db.query(sql)).rows[0] as Record<string, unknown> | undefined;
  const colour = await one(`SELECT colour_id AS id FROM transfer GROUP BY colour_id ORDER BY count(*) DESC LIMIT 1`);
  const project = await one(`SELECT c.project_id AS id FROM transfer t JOIN colour c ON c.id = t.colour_id GROUP BY c.project_id ORDER BY count(*) DESC LIMIT 1`);
  const transfers = await one(`SELECT count(*)::bigint AS n FROM transfer`);
  // On a generated dataset the busiest contractor (most receipts) has the heaviest dashboard; its sign-in uses the
  // demo password like every generated user. The demo's own contractor otherwise.
  const busiest = await one(
    `SELECT u.email FROM transfer t JOIN account a ON a.id = t.to_account_id AND a.holder_kind = 'company'
       JOIN app_user u ON u.organization_id = a.organization_id AND u.role = 'contractor' AND u.is_active
      WHERE EXISTS (SELECT 1 FROM audit_event WHERE action = 'seed.scale')
      GROUP BY u.email ORDER BY count(*) DESC LIMIT 1`,
  );
  const logins: Record<keyof typeof LOGINS, string> = { ...LOGINS, contractor: (busiest?.email as string | undefined) ?? LOGINS.contractor };
  const server = await one(`SELECT current_setting('server_version') AS v`);
  await db.end();
  if (!colour || !project) throw new Error("The database has no transfers: seed it first (npm run seed).");

  const given = option("--url");
  const started = given ? null : await startServer();
  const base = given ?? started!.url;
  try {
    const pages: { role: keyof typeof LOGINS; name: string; path: string }[] = [
      { role: "investigator", name: "flag queue (investigator home)", path: "/flags" },
      { role: "investigator", name: "trace of the busiest colour", path: `/trace?subject=colour%3A${colour.id}&direction=forward` },
      { role: "official", name: "ministry dashboard (budget lines)", path: "/budget" },
      { role: "official", name: "project page (busiest project)", path: `/projects/${project.id}` },
      { role: "contractor", name: `contractor dashboard (${logins.contractor === LOGINS.contractor ? "demo" : "busiest"})`, path: "/company" },
    ];
    const cookies = new Map<string, string>();
    for (const role of new Set(pages.map((p) => p.role))) cookies.set(role, await signIn(base, logins[role]));
    const results = [];
    for (const page of pages) {
      const cookie = cookies.get(page.role)!;
      for (let i = 0; i < WARMUP; i++) await timeRequest(base + page.path, cookie);
      const ttfb: number[] = [];
      const total: number[] = [];
      let status = 0;
      for (let i = 0; i < RUNS; i++) {
        const r = await timeRequest(base + page.path, cookie);
        ttfb.push(r.ttfb);
        total.push(r.total);
        status = r.status;
      }
      if (status !== 200) throw new Error(`${page.path} answered ${status} for the ${page.role}`);
      ttfb.sort((a, b) => a - b);
      total.sort((a, b) => a - b);
      const round = (x: number) => Number(x.toFixed(1));
      results.push({ ...page, runs: RUNS, ttfbP50: round(pct(ttfb, 50)), ttfbP95: round(pct(ttfb, 95)), totalP50: round(pct(total, 50)), totalP95: round(pct(total, 95)), totalMax: round(total.at(-1)!) });
      log(`  ${page.name}: p95 ${round(pct(total, 95))} ms`);
    }
    const report = {
      benchmark: "pages",
      database: `PostgreSQL ${server?.v ?? "?"}`,
      transfers: Number(transfers?.n ?? 0),
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? "cpu"}`,
      date: new Date().toISOString().slice(0, 10),
      results,
    };
    if (asJson) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`\nPage response times — ${report.database}, ${report.transfers.toLocaleString("en")} transfers — ${report.machine} — ${report.date}\n`);
      console.log(`${"page".padEnd(36)} ${"role".padEnd(12)} ${"runs".padStart(4)} ${"TTFB p50".padStart(9)} ${"TTFB p95".padStart(9)} ${"full p50".padStart(9)} ${"full p95".padStart(9)} ${"max".padStart(7)}`);
      for (const r of results) {
        console.log(`${r.name.padEnd(36)} ${r.role.padEnd(12)} ${String(r.runs).padStart(4)} ${r.ttfbP50.toFixed(1).padStart(9)} ${r.ttfbP95.toFixed(1).padStart(9)} ${r.totalP50.toFixed(1).padStart(9)} ${r.totalP95.toFixed(1).padStart(9)} ${r.totalMax.toFixed(1).padStart(7)}`);
      }
      console.log("\n(milliseconds; the full time includes the streamed page body)");
    }
  } finally {
    started?.child.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
