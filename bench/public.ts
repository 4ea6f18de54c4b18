// npm run bench:public [-- --json] [--clients 50] [--requests 200] [--seconds 600] [--only home,verify] [--url http://host:port]: the public portal under
// load (issue 16 "Fast"). 50 anonymous clients at once (bounded: each waits for its answer before asking again; the
// app on localhost only) over every public page and the open-data API, after one warm-up pass that also fills the
// aggregate cache (decision 0171). Time to first byte p50/p95/max per page. Starts `next start` on the last build
// against the configured database (DATABASE_URL; DATABASE_REPLICA_URL is passed on) unless --url names a running
// app. The subjects are the busiest ones: the project, company, region, ministry and budget line with most transfers.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort, requireBuild } from "./free-port";
import { asJson, log, option } from "./args";

const CLIENTS = Math.min(200, Math.max(1, Number(option("--clients") ?? 50)));
const REQUESTS = Math.max(1, Number(option("--requests") ?? 200));
/** Stop asking after this many seconds and report what was answered (a loaded machine may not finish the queue). */
const SECONDS = Number(option("--seconds") ?? 600);

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  requireBuild();
  const port = await freePort();
  // The production server (`npm start`): Next behind scripts/serve.mjs, with its page cache (decision 0244;
  // PUBLIC_PAGE_CACHE_SECONDS=0 measures the pages rendered every time).
  const child = spawn(process.execPath, [path.resolve("scripts/serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    // One address asks everything here: the open-data API's per-address token bucket would answer 429 (tested
    // at the handler); the bench measures the pages, not the limiter.
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", OCDS_RATE_BURST: "100000", AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-public-secret-0123456789" },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${url}/open/verify`)).status < 500) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error("The app did not start within 120 s.");
}

/** The busiest subject of each public profile, read once before the run. */
async function subjects(db: pg.Client) {
  const one = async (sql: string) => (await db.query(sql)).rows[0] as Record<string, unknown> | undefined;
  const project = await one(`SELECT c.project_id AS id, p.region FROM transfer t JOIN colour c ON c.id = t.colour_id JOIN project p ON p.id = c.project_id
    GROUP BY c.project_id, p.region ORDER BY count(*) DESC LIMIT 1`);
  const line = await one(`SELECT c.budget_line_id AS id, b.ministry_id FROM transfer t JOIN colour c ON c.id = t.colour_id JOIN budget_line b ON b.id = c.budget_line_id
    GROUP BY c.budget_line_id, b.ministry_id ORDER BY count(*) DESC LIMIT 1`);
  // A legal entity (12-digit BIN whose fifth digit says so) that received the most payments.
  const company = await one(`SELECT o.bin FROM transfer t JOIN account a ON a.id = t.to_account_id AND a.holder_kind = 'company'
    JOIN organization o ON o.id = a.organization_id WHERE o.bin ~ '^[0-9]{4}[4-6]' GROUP BY o.bin ORDER BY count(*) DESC LIMIT 1`);
  const transfers = await one(`SELECT count(*)::bigint AS n FROM transfer`);
  const server = await one(`SELECT current_setting('server_version') AS v`);
  if (!project || !line || !company) throw new Error("The database has no transfers: seed it first (npm run seed).");
  return { project, line, company, transfers: Number(transfers?.n ?? 0), server: String(server?.v ?? "?") };
}

// The clients ask as a browser does (gzip accepted) and read every byte, but do not decompress: a reader's browser
// inflates on the reader's machine, while these 50 clients share the server's two cores (fetch inflated every answer,
// which cost the bench client more CPU than the server spent answering; decision 0262). Kept-alive sockets, as fetch.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function ttfbOf(url: string): Promise<{ ms: number; status: number; cached: boolean }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip, deflate, br", "accept-language": "*", accept: "*/*" } }, (res) => {
      const ms = performance.now() - started;
      const cache = res.headers["x-aiqyn-cache"];
      res.on("data", () => {});
      res.on("error", reject);
      res.on("end", () => resolve({ ms, status: res.statusCode ?? 0, cached: cache === "hit" || cache === "stale" }));
    });
    req.on("error", reject);
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** CLIENTS loops share one queue of REQUESTS requests per page, interleaved; each waits for its answer. */
async function load(base: string, pages: { name: string; path: string }[]) {
  const queue = Array.from({ length: REQUESTS }, () => pages.map((_, i) => i)).flat();
  const times = pages.map(() => [] as number[]);
  const failures = pages.map(() => 0);
  const cached = pages.map(() => 0);
  let next = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1_000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < queue.length && performance.now() < deadline) {
        const page = queue[next++]!;
        const r = await ttfbOf(base + pages[page]!.path);
        times[page]!.push(r.ms);
        if (r.status !== 200) failures[page]!++;
        if (r.cached) cached[page]!++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  const round = (x: number) => Number(x.toFixed(1));
  const results = pages.map((p, i) => {
    const sorted = times[i]!.sort((a, b) => a - b);
    if (sorted.length === 0) return { ...p, requests: 0, failures: 0, fromCache: 0, ttfbP50: NaN, ttfbP95: NaN, ttfbMax: NaN };
    return { ...p, requests: sorted.length, failures: failures[i]!, fromCache: cached[i]!, ttfbP50: round(pct(sorted, 50)), ttfbP95: round(pct(sorted, 95)), ttfbMax: round(sorted.at(-1)!) };
  });
  const answered = times.reduce((n, t) => n + t.length, 0);
  return { results, seconds: round(seconds), perSecond: round(answered / seconds), complete: answered === queue.length };
}

async function main() {
  const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const s = await subjects(db);
  await db.end();
  const pages = [
    { name: "home", path: "/open" },
    { name: "project (busiest)", path: `/open/projects/${s.project.id}` },
    { name: "company (busiest BIN)", path: `/open/companies/${s.company.bin}` },
    { name: "region (busiest project's)", path: `/open/regions/${encodeURIComponent(String(s.project.region))}` },
    { name: "ministry (busiest line's)", path: `/open/ministries/${s.line.ministry_id}` },
    { name: "budget line (busiest)", path: `/open/budget-lines/${s.line.id}` },
    { name: "search (empty: everything)", path: "/open/search" },
    { name: "search ?q=", path: "/open/search?q=%D0%B0" },
    { name: "search download (CSV)", path: "/api/open/search?q=%D0%B0&format=csv" },
    { name: "open data", path: "/open/data" },
    { name: "verify", path: "/open/verify" },
    { name: "OCDS releases page", path: "/api/open/ocds/releases" },
    { name: "OCDS records page", path: "/api/open/ocds/records" },
  ];
  // --only: the pages whose names start with one of the given words (the home alone shows what its cache is worth).
  const only = option("--only")?.split(",").filter(Boolean);
  if (only) pages.splice(0, pages.length, ...pages.filter((p) => only.some((o) => p.name.startsWith(o))));
  const given = option("--url");
  const started = given ? null : await startServer();
  const base = given ?? started!.url;
  try {
    log(`warming up ${pages.length} pages…`);
    for (const p of pages) {
      const r = await ttfbOf(base + p.path);
      if (r.status !== 200) throw new Error(`${p.path} answered ${r.status}`);
    }
    log(`${CLIENTS} clients, ${REQUESTS} requests per page…`);
    const run = await load(base, pages);
    const report = {
      benchmark: "public",
      database: `PostgreSQL ${s.server}`,
      replica: Boolean(process.env.DATABASE_REPLICA_URL),
      transfers: s.transfers,
      clients: CLIENTS,
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? "cpu"}`,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
      date: new Date().toISOString(),
      ...run,
    };
    if (asJson) return console.log(JSON.stringify(report, null, 2));
    console.log(`\nPublic pages, ${CLIENTS} concurrent anonymous clients — ${report.database}${report.replica ? " (reads on the replica)" : ""}, ${report.transfers.toLocaleString("en")} transfers — ${report.machine} — load ${report.loadAverage.join(" ")} — ${report.date}\n`);
    console.log(`${"page".padEnd(28)} ${"requests".padStart(8)} ${"not 200".padStart(7)} ${"cached".padStart(6)} ${"TTFB p50".padStart(9)} ${"TTFB p95".padStart(9)} ${"max".padStart(8)}`);
    for (const r of run.results) console.log(`${r.name.padEnd(28)} ${String(r.requests).padStart(8)} ${String(r.failures).padStart(7)} ${String(r.fromCache).padStart(6)} ${r.ttfbP50.toFixed(1).padStart(9)} ${r.ttfbP95.toFixed(1).padStart(9)} ${r.ttfbMax.toFixed(1).padStart(8)}`);
    console.log(`\n(milliseconds to the first byte; ${run.perSecond} requests/s over ${run.seconds} s${run.complete ? "" : `; stopped after --seconds ${SECONDS}`})`);
  } finally {
    agent.destroy();
    started?.child.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
