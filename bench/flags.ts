// npm run bench:flags [-- --scale region|national] [--seed N] [--top N] [--json] [--keep]
//                     [--database-url URL [--recompute]]
// Recall and precision of the red flags against planted truth (issue 15, decision 0167). By default: a fresh
// database (a new one on the PostgreSQL server of DATABASE_URL, else an embedded one), the generated dataset of
// --scale (region by default) with its planted schemes and look-alikes, every colour's flags recomputed, then per
// kind planted / found / recall, flags / right / precision, look-alikes flagged, and the precision of the top of
// the queue (the investigator's default order: score, then severity). With --database-url it scores a database
// already generated (npm run seed -- --scale …), recomputing its flags first with --recompute.
import os from "node:os";
import pg from "pg";
import type { TTruth } from "../prisma/seed/scale/plants";
import { MEAL_PLANT_KINDS } from "../prisma/seed/scale/meal-plants";
import { PLANT_KINDS } from "../prisma/seed/scale/plants";
import { scoreKinds, topPrecision, type TScoredFlag } from "../scripts/lib/flag-score";
import { createTestDatabase } from "../scripts/lib/test-db.mjs";
import { migrate } from "../scripts/lib/migrate.mjs";
import { args, asJson, log, option } from "./args";

const pct = (v: number | null) => (v == null ? "—" : `${(100 * v).toFixed(1)} %`);

async function prepare(): Promise<{ url: string; dispose: () => Promise<void>; seconds: { generate: number; flags: number } }> {
  const given = option("--database-url");
  const seconds = { generate: 0, flags: 0 };
  if (given) {
    if (args.includes("--recompute")) seconds.flags = await recompute(given);
    return { url: given, dispose: async () => {}, seconds };
  }
  const scale = option("--scale") ?? "region";
  const seed = Number(option("--seed") ?? 1);
  const { generateScale, SCALES } = await import("../prisma/seed/scale/generate-scale");
  if (!(scale in SCALES)) throw new Error(`--scale takes ${Object.keys(SCALES).join(" or ")}, not "${scale}"`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error(`--seed takes a whole number, not "${option("--seed")}"`);
  const db = await createTestDatabase({ label: "flagbench" });
  log(`fresh ${db.kind} database; migrating…`);
  await migrate(db.url);
  log(`generating the ${scale} dataset (seed ${seed})…`);
  const started = Date.now();
  const result = await generateScale({ scale: scale as keyof typeof SCALES, seed, url: db.url, log });
  seconds.generate = (Date.now() - started) / 1000;
  log(`  ${result.projects.toLocaleString("en")} projects, ${result.transfers.toLocaleString("en")} transfers, ${result.truth.length} truth rows in ${seconds.generate.toFixed(0)} s`);
  seconds.flags = await recompute(db.url);
  const keep = args.includes("--keep");
  if (keep) log(`kept: ${db.url}`);
  return { url: db.url, dispose: keep ? async () => {} : db.dispose, seconds };
}

/** Recomputes every colour's flags through the app's own code (lib/flags), as `npm run flags -- --recompute` does. */
async function recompute(url: string): Promise<number> {
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-does-not-sign-sessions-0000";
  const { recomputeAllFlags } = await import("../lib/flags/refresh-flags");
  log("recomputing every colour's flags…");
  const started = Date.now();
  let last = 0;
  await recomputeAllFlags({
    onProgress: (done, total) => {
      if (Date.now() - last > 5000 || done === total) {
        last = Date.now();
        log(`  ${done}/${total} colours`);
      }
    },
  });
  const { closeDb } = await import("../lib/db");
  await closeDb();
  return (Date.now() - started) / 1000;
}

async function readRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: truthRows } = await client.query<{ subject: string; details: { seed: number; firstColourId: number; digest: string; truth: TTruth[] } }>(
      `SELECT subject, details FROM audit_event WHERE action = 'seed.truth' ORDER BY id DESC LIMIT 1`,
    );
    const found = truthRows[0];
    if (!found) throw new Error("This database holds no planted truth: generate it with npm run seed -- --scale region|national (or run bench:flags without --database-url).");
    // The queue's default order (lib/flags/list-flags.ts): score, then severity, then id.
    const { rows } = await client.query<{ id: number; kind: string; colour_id: number; company_id: number | null; subject_type: string; subject_id: string; score: number; invoices: number[] | null; item_code: string | null }>(
      `SELECT id, kind, colour_id, company_id, subject_type, subject_id, score,
              ARRAY(SELECT jsonb_array_elements_text(evidence->'invoices')::int) AS invoices, facts->>'itemCode' AS item_code
         FROM flag WHERE status = 'open' AND colour_id >= $1 ORDER BY score DESC, severity DESC, id ASC`,
      [found.details.firstColourId],
    );
    const { rows: counts } = await client.query<{ transfers: string; invoices: string; colours: string }>(
      `SELECT (SELECT count(*) FROM transfer) AS transfers, (SELECT count(*) FROM invoice) AS invoices, (SELECT count(*) FROM colour WHERE id >= $1) AS colours`,
      [found.details.firstColourId],
    );
    const flags: TScoredFlag[] = rows.map((r) => ({ id: r.id, kind: r.kind, colourId: r.colour_id, companyId: r.company_id, subjectType: r.subject_type, subjectId: r.subject_id, score: r.score, evidenceInvoices: r.invoices ?? [], itemCode: r.item_code }));
    return { scale: found.subject, ...found.details, flags, counts: counts[0]! };
  } finally {
    await client.end();
  }
}

async function main() {
  const top = Number(option("--top") ?? 100);
  const db = await prepare();
  try {
    const data = await readRows(db.url);
    const planted: readonly string[] = [...PLANT_KINDS, ...MEAL_PLANT_KINDS];
    const kinds = [...planted, ...new Set(data.flags.map((f) => f.kind).filter((k) => !planted.includes(k)))];
    const perKind = scoreKinds(kinds, data.flags, data.truth);
    const queue = topPrecision(data.flags, data.truth, top);
    const total = perKind.reduce((s, k) => ({ planted: s.planted + k.planted, found: s.found + k.found, flags: s.flags + k.flags, right: s.right + k.right }), { planted: 0, found: 0, flags: 0, right: 0 });
    const dataset = { scale: data.scale, seed: data.seed, digest: data.digest, colours: Number(data.counts.colours), transfers: Number(data.counts.transfers), invoices: Number(data.counts.invoices) };
    const machine = { date: new Date().toISOString(), loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))), cpus: os.cpus().length };
    if (asJson) {
      console.log(JSON.stringify({ dataset, machine, seconds: db.seconds, perKind, total, top: queue }, null, 2));
      return;
    }
    console.log(`Dataset: ${dataset.scale} seed ${dataset.seed} (digest ${dataset.digest}): ${dataset.colours.toLocaleString("en")} colours, ${dataset.transfers.toLocaleString("en")} transfers, ${dataset.invoices.toLocaleString("en")} invoices.`);
    console.log(`Machine: ${machine.cpus} cores, load average ${machine.loadAverage.join(" ")} at ${machine.date}.${db.seconds.generate ? ` Generated in ${db.seconds.generate.toFixed(0)} s;` : ""}${db.seconds.flags ? ` flags recomputed in ${db.seconds.flags.toFixed(0)} s.` : ""}`);
    console.log("");
    console.log(`| kind | planted | found | recall | flags | right | precision | look-alikes flagged |`);
    console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
    for (const k of perKind) console.log(`| ${k.kind} | ${k.planted} | ${k.found} | ${pct(k.recall)} | ${k.flags} | ${k.right} | ${pct(k.precision)} | ${k.lookalikesFlagged} of ${k.lookalikes} |`);
    console.log(`| **all** | ${total.planted} | ${total.found} | ${pct(total.planted ? total.found / total.planted : null)} | ${total.flags} | ${total.right} | ${pct(total.flags ? total.right / total.flags : null)} | |`);
    console.log("");
    console.log(`Top of the queue: ${queue.right} of the first ${queue.n} open flags are right (precision ${pct(queue.precision)}); they show ${queue.schemes} distinct planted schemes of ${queue.kinds} kinds.`);
    const byVariant = (rows: TTruth[]) => {
      const n = new Map<string, number>();
      for (const t of rows) n.set(`${t.kind}/${t.variant}`, (n.get(`${t.kind}/${t.variant}`) ?? 0) + 1);
      return [...n].map(([v, c]) => `${v} ${c}`).join(", ");
    };
    const missed = perKind.flatMap((k) => k.missed);
    if (missed.length) console.log(`Missed schemes by variant: ${byVariant(missed)}.`);
    const fooled = perKind.flatMap((k) => k.flaggedLookalikes);
    if (fooled.length) console.log(`Look-alikes flagged by variant: ${byVariant(fooled)}.`);
  } finally {
    await db.dispose();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
