// npm run bench:import [-- --invoices N] [--seed N] [--bundle DIR] [--trim] [--keep]
// How long `npm run import` takes for a bundle of about N invoices (100,000 by default; issue 15, import item 4).
// Makes the bundle when DIR holds none: the dataset generator (prisma/seed/scale, national regions, as many projects
// as N invoices need) into a scratch database, the ministries given BINs (the generator leaves them without, and
// the format names organisations by BIN), then `npm run export` into DIR. Then `npm run import -- DIR --profile`
// into a fresh empty database, which prints its progress and a table per phase (documents, seconds, rate, the
// node process's CPU, the database's CPU, round trips and transactions per document). Both scratch databases are
// dropped at the end (--keep keeps the imported one). PostgreSQL when DATABASE_URL is set, else embedded (PGlite).
// --trim imports a copy of the bundle without the companies, people and users no document names (the generator
// registers the whole country's companies whatever the number of projects): the phases of the money, sooner.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { readCsv, writeCsv } from "../lib/import/csv";
import { makeBin } from "../lib/kz/bin";
import { createTestDatabase } from "../scripts/lib/test-db.mjs";
import { migrate } from "../scripts/lib/migrate.mjs";

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const log = (m: string) => process.stderr.write(`${m}\n`);

/** Invoices the national generator writes per project (445,789 for 5,200 projects, docs/PERFORMANCE.md). */
const INVOICES_PER_PROJECT = 86;

/** Runs one of the project's own commands with DATABASE_URL set; resolves when it ends, rejects on a failure other than refused rows. */
function run(script: string, argv: string[], url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "--conditions=react-server", script, ...argv], {
      env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 || code === 1 ? resolve(code) : reject(new Error(`${script} ended with ${code}`))));
  });
}

async function makeBundle(folder: string, invoices: number, seed: number) {
  const source = await createTestDatabase({ label: "importsrc" });
  try {
    log(`generating about ${invoices.toLocaleString("en")} invoices (seed ${seed}) into a scratch ${source.kind} database…`);
    await migrate(source.url);
    const { generateScale } = await import("../prisma/seed/scale/generate-scale");
    const projects = Math.max(10, Math.ceil(invoices / INVOICES_PER_PROJECT));
    // No school meals (the national spec's 1,000 schools are ten million meals, which the bundle does not carry).
    const result = await generateScale({ scale: "national", seed, url: source.url, log: () => {}, spec: { projects, meals: { schools: 0, pupils: [210, 340] } } });
    log(`  ${result.projects.toLocaleString("en")} projects, ${result.invoices.total.toLocaleString("en")} invoices in ${result.seconds.toFixed(0)} s`);
    const client = new pg.Client({ connectionString: source.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number }>(`SELECT id FROM organization WHERE bin IS NULL ORDER BY id`);
      for (const [i, r] of rows.entries()) await client.query(`UPDATE organization SET bin = $1 WHERE id = $2`, [makeBin(2001, 1, 90000 + i * 100, 4, 0), r.id]);
    } finally {
      await client.end();
    }
    log(`exporting into ${folder}…`);
    await run("scripts/export.ts", [folder], source.url);
  } finally {
    await source.dispose();
  }
}

/** A copy of the bundle with only the companies, people and users its documents name (see --trim). */
function trimmed(folder: string): string {
  const out = `${folder}-trimmed`;
  fs.mkdirSync(out, { recursive: true });
  const read = (file: string) => (fs.existsSync(path.join(folder, file)) ? readCsv(fs.readFileSync(path.join(folder, file), "utf8")) : { header: [], records: [] });
  const values = (file: string, ...columns: string[]) => new Set(read(file).records.flatMap((r) => columns.map((c) => r.values[c] ?? "")).filter(Boolean));
  const bins = new Set([...values("contracts.csv", "contractor_bin", "parent_contractor_bin"), ...values("invoices.csv", "issuer_bin"), ...values("exits.csv", "company_bin"), ...values("debarments.csv", "company_bin"), ...values("organizations.csv", "bin")]);
  const emails = new Set([...values("allocations.csv", "allocated_by"), ...values("contracts.csv", "signed_by"), ...values("invoices.csv", "submitted_by"), ...values("approvals.csv", "decided_by"), ...values("exits.csv", "paid_by")].map((e) => e.toLowerCase()));
  const keep: Record<string, (v: Record<string, string>) => boolean> = {
    "companies.csv": (v) => bins.has(v.bin ?? ""),
    "company-people.csv": (v) => bins.has(v.company_bin ?? ""),
    "users.csv": (v) => emails.has((v.email ?? "").toLowerCase()),
  };
  const iins = new Set<string>();
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".csv"))) {
    if (file === "person-relations.csv") continue;
    const table = read(file);
    const rows = table.records.filter((r) => keep[file]?.(r.values) ?? true);
    for (const r of rows) if (r.values.iin) iins.add(r.values.iin);
    fs.writeFileSync(path.join(out, file), writeCsv(table.header, rows.map((r) => table.header.map((h) => r.values[h] ?? ""))));
  }
  const relations = read("person-relations.csv");
  const related = relations.records.filter((r) => iins.has(r.values.iin ?? "") && iins.has(r.values.related_iin ?? ""));
  fs.writeFileSync(path.join(out, "person-relations.csv"), writeCsv(relations.header.length ? relations.header : ["iin", "related_iin", "relation"], related.map((r) => relations.header.map((h) => r.values[h] ?? ""))));
  return out;
}

async function main() {
  const invoices = Number(option("--invoices") ?? 100_000);
  const seed = Number(option("--seed") ?? 1);
  const folder = path.resolve(option("--bundle") ?? path.join(os.tmpdir(), `aiqyn-import-bench-${invoices}-${seed}`));
  if (!fs.existsSync(path.join(folder, "invoices.csv"))) await makeBundle(folder, invoices, seed);
  else log(`bundle: ${folder} (already made)`);
  const bundle = args.includes("--trim") ? trimmed(folder) : folder;
  const lines = fs.readFileSync(path.join(bundle, "invoices.csv"), "utf8").split("\n").filter(Boolean).length - 1;
  const target = await createTestDatabase({ label: "importbench" });
  try {
    await migrate(target.url);
    log(`importing ${lines.toLocaleString("en")} invoices into a fresh ${target.kind} database; ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} at ${new Date().toISOString()}`);
    const started = Date.now();
    const code = await run("scripts/import.ts", [bundle, "--profile"], target.url);
    log(`whole import: ${((Date.now() - started) / 1000).toFixed(0)} s (exit ${code}); load average now ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    if (args.includes("--keep")) log(`kept: ${target.url}`);
  } finally {
    if (!args.includes("--keep")) await target.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
