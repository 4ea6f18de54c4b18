// npm run bench:trace [-- --json] [--colours N] [--samples N] [--keep] [--scale national]: trace queries on a large ledger. Builds, on a fresh database on the
// configured server (DATABASE_URL) or the embedded one, N colours (default 100 on a server, 10 embedded) of 10 000
// transfers each — project → 10 general contractors (2 000 payments) → 100 subcontractors (6 000) → wages exits
// (2 000) — written in bulk with their lots and lot consumptions (setup is not what is measured), then times the
// investigators' traces through lib/trace exactly as the pages call them (with --scale: on a generated dataset of that
// size instead). Prints a table (or JSON) and exits 0.
import os from "node:os";
import { createTestDatabase } from "../scripts/lib/test-db.mjs";
import { migrate } from "../scripts/lib/migrate.mjs";
import { arg, args, asJson, log } from "./args";


const GCS = 10;
const SUBS = 100;
const PAYMENTS = 2000; // project → general contractor, per colour
const PAYMENT = 3_000_000n; // tiyn
const SUB_PAYMENT = 900_000n; // three per payment, general contractor → subcontractor
const WAGES = 100_000n; // one per payment, out of the first subcontractor's lot

async function main() {
  const colours = arg("--colours", process.env.DATABASE_URL ? 100 : 10);
  const samples = arg("--samples", 50);
  const db = await createTestDatabase({ label: "benchtrace" });
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET ??= "bench-does-not-sign-sessions-0000";
  try {
    await migrate(db.url);
    const { pool, closeDb } = await import("../lib/db");
    const { SYSTEM_ACTOR } = await import("../lib/actor");
    const { createOrganization } = await import("../lib/organizations/create-organization");
    const { createBudgetLine } = await import("../lib/budget/create-budget-line");
    const { createProject } = await import("../lib/projects/create-project");
    const { allocateColour } = await import("../lib/allocations/allocate-colour");
    const { makeBin } = await import("../lib/kz/bin");
    const { traceMoney } = await import("../lib/trace/trace");

    const started = Date.now();
    // --scale region|national: trace the subjects of a generated dataset instead of the bulk-built one.
    const scale = args[args.indexOf("--scale") + 1];
    const generated = args.includes("--scale");
    if (generated) {
      const { generateScale, SCALES } = await import("../prisma/seed/scale/generate-scale");
      if (!(scale! in SCALES)) throw new Error(`--scale takes ${Object.keys(SCALES).join(" or ")}`);
      log(`generating the ${scale} dataset…`);
      await generateScale({ scale: scale as keyof typeof SCALES, seed: 1, url: db.url, log });
    }
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Bench ministry" } });
    const line = await createBudgetLine({ actor: SYSTEM_ACTOR, input: { code: "04 9 467 037 015", specifics: "431", fiscalYear: 2026, name: "Bench", ministryId: ministry.id, appropriatedTiyn: 10n ** 16n } });
    const companies: number[] = [];
    for (let i = 0; i < GCS + SUBS; i++) companies.push((await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: `Bench company ${i}`, bin: makeBin(20, 1, i * 7 + 1) } })).id);
    const q = (text: string, values: unknown[] = []) => pool().query(text, values);

    for (let c = 0; c < (generated ? 0 : colours); c++) {
      const project = await createProject({ actor: SYSTEM_ACTOR, input: { name: `Bench project ${c}`, region: "almaty-city", ministryId: ministry.id, items: [{ code: "X", name: "Works", category: "41.00", unit: "работа", quantityMilli: 1000n, ceilingUnitPriceTiyn: 10n ** 13n }] } });
      const colour = await allocateColour({
        actor: SYSTEM_ACTOR,
        input: { budgetLineId: line.id, projectId: project.id, amountTiyn: 10n ** 13n, expiresAt: new Date("2030-01-01"), reason: "bench", rules: { allowedItemCodes: "all", advanceLimitBp: 0, approvalThresholdTiyn: 10n ** 13n, exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: false, maxShareBp: 0 } } } },
      });
      const accounts = (
        await q(
          `INSERT INTO account (colour_id, holder_kind, holder_key, organization_id)
           SELECT $1::int, 'company'::"HolderKind", 'company:' || o, o FROM unnest($2::int[]) o
           UNION ALL SELECT $1::int, 'exit'::"HolderKind", 'exit:wages', NULL
           RETURNING id, holder_key`,
          [colour.id, companies],
        )
      ).rows as { id: string; holder_key: string }[];
      const accountOf = new Map(accounts.map((a) => [a.holder_key, BigInt(a.id)]));
      const projectAccount = BigInt((await q(`SELECT id FROM account WHERE colour_id = $1 AND holder_kind = 'project'`, [colour.id])).rows[0].id);
      const mintLot = BigInt((await q(`SELECT l.id FROM lot l JOIN transfer t ON t.id = l.transfer_id WHERE t.colour_id = $1 AND t.kind = 'mint'`, [colour.id])).rows[0].id);
      const n = PAYMENTS * 5;
      const tBase = BigInt((await q(`SELECT setval('transfer_id_seq', nextval('transfer_id_seq') + $1) - $1 AS base`, [n])).rows[0].base);
      const lBase = BigInt((await q(`SELECT setval('lot_id_seq', nextval('lot_id_seq') + $1) - $1 AS base`, [n])).rows[0].base);
      const t = { id: [] as bigint[], from: [] as bigint[], to: [] as bigint[], amount: [] as bigint[] };
      const lot = { id: [] as bigint[], account: [] as bigint[], transfer: [] as bigint[], amount: [] as bigint[], remaining: [] as bigint[] };
      const use = { transfer: [] as bigint[], lot: [] as bigint[], amount: [] as bigint[] };
      let k = 0n;
      const add = (from: bigint, to: bigint, amount: bigint, consumes: bigint, remaining: bigint) => {
        const id = tBase + k;
        const lotId = lBase + k;
        k++;
        t.id.push(id);
        t.from.push(from);
        t.to.push(to);
        t.amount.push(amount);
        lot.id.push(lotId);
        lot.account.push(to);
        lot.transfer.push(id);
        lot.amount.push(amount);
        lot.remaining.push(remaining);
        use.transfer.push(id);
        use.lot.push(consumes);
        use.amount.push(amount);
        return lotId;
      };
      for (let i = 0; i < PAYMENTS; i++) {
        const gc = accountOf.get(`company:${companies[i % GCS]}`)!;
        const paymentLot = add(projectAccount, gc, PAYMENT, mintLot, PAYMENT - 3n * SUB_PAYMENT);
        for (let j = 0; j < 3; j++) {
          const sub = accountOf.get(`company:${companies[GCS + ((i * 3 + j) % SUBS)]}`)!;
          const subLot = add(gc, sub, SUB_PAYMENT, paymentLot, j === 0 ? SUB_PAYMENT - WAGES : SUB_PAYMENT);
          if (j === 0) add(sub, accountOf.get("exit:wages")!, WAGES, subLot, WAGES);
        }
      }
      await q(
        `INSERT INTO transfer (id, colour_id, from_account_id, to_account_id, amount_tiyn, kind, document_type)
         SELECT id, $1::int, f, t, a, CASE WHEN t = $6::bigint THEN 'exit'::"TransferKind" ELSE 'payment'::"TransferKind" END, CASE WHEN t = $6::bigint THEN 'exit_wages' ELSE 'bench' END
         FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[]) AS x(id, f, t, a)`,
        [colour.id, t.id, t.from, t.to, t.amount, accountOf.get("exit:wages")],
      );
      await q(`INSERT INTO lot (id, account_id, colour_id, transfer_id, amount_tiyn, remaining_tiyn) SELECT id, acc, $1::int, tr, a, r FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[]) AS x(id, acc, tr, a, r)`, [
        colour.id,
        lot.id,
        lot.account,
        lot.transfer,
        lot.amount,
        lot.remaining,
      ]);
      await q(`INSERT INTO lot_consumption (transfer_id, lot_id, amount_tiyn) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::bigint[])`, [use.transfer, use.lot, use.amount]);
      await q(`UPDATE lot SET remaining_tiyn = remaining_tiyn - $2 WHERE id = $1`, [mintLot, BigInt(PAYMENTS) * PAYMENT]);
      // Balances are the sums of what remains of each account's lots.
      await q(`UPDATE account a SET balance_tiyn = s.r FROM (SELECT account_id, sum(remaining_tiyn) AS r FROM lot WHERE colour_id = $1 GROUP BY account_id) s WHERE s.account_id = a.id`, [colour.id]);
      if ((c + 1) % 10 === 0 || c === colours - 1) log(`  ${c + 1}/${colours} colours, ${((c + 1) * (PAYMENTS * 5 + 1)).toLocaleString("en")} transfers (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    await q("ANALYZE");
    const total = Number((await q(`SELECT count(*) AS n FROM transfer`)).rows[0].n);
    const pick = async (sql: string) => (await q(sql)).rows.map((r) => Number(r.id));
    const exits = await pick(`SELECT id FROM transfer WHERE kind = 'exit' ORDER BY random() LIMIT ${samples}`);
    const subs = await pick(`SELECT t.id FROM transfer t JOIN account a ON a.id = t.from_account_id WHERE a.holder_kind = 'company' AND t.kind = 'payment' ORDER BY random() LIMIT ${samples}`);
    const payments = await pick(`SELECT t.id FROM transfer t JOIN account a ON a.id = t.from_account_id WHERE a.holder_kind = 'project' ORDER BY random() LIMIT ${samples}`);
    const colourIds = await pick(`SELECT id FROM colour ORDER BY random() LIMIT ${Math.min(samples, 20)}`);
    // The companies traced forward: the bench's subcontractors, or a generated dataset's ten busiest payees.
    const subCompanies = generated
      ? await pick(`SELECT a.organization_id AS id FROM transfer t JOIN account a ON a.id = t.to_account_id AND a.holder_kind = 'company' GROUP BY 1 ORDER BY count(*) DESC LIMIT 10`)
      : companies.slice(GCS, GCS + 10);
    const receipts = generated ? Number((await q(`SELECT count(*) AS n FROM transfer t JOIN account a ON a.id = t.to_account_id WHERE a.organization_id = $1`, [subCompanies[0]])).rows[0].n) : colours * 60;

    async function time(label: string, subjects: number[], run: (id: number) => Promise<{ links: unknown[] }>) {
      await run(subjects[0]!); // warm the pool and the plan cache
      const ms: number[] = [];
      let links = 0;
      for (const id of subjects) {
        const t0 = process.hrtime.bigint();
        links += (await run(id)).links.length;
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      ms.sort((a, b) => a - b);
      const at = (p: number) => Number(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(1));
      log(`  ${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
      return { trace: label, runs: ms.length, p50: at(0.5), p95: at(0.95), max: Number(ms[ms.length - 1]!.toFixed(1)), linksPerTrace: Math.round(links / ms.length) };
    }
    const actor = SYSTEM_ACTOR;
    const results = [
      await time("backward, a wages exit (3 tiers up to the mint)", exits, (id) => traceMoney({ actor, subject: { kind: "transfer", id }, direction: "backward" })),
      await time("backward, a subcontractor's payment", subs, (id) => traceMoney({ actor, subject: { kind: "transfer", id }, direction: "backward" })),
      await time("forward, a project's payment (lot by lot)", payments, (id) => traceMoney({ actor, subject: { kind: "transfer", id }, direction: "forward" })),
      await time(generated ? "forward, a whole colour" : "forward, a whole colour (10 000 transfers)", colourIds, (id) => traceMoney({ actor, subject: { kind: "colour", id }, direction: "forward" })),
      await time(generated ? `forward, the busiest payees (${receipts.toLocaleString("en")} receipts for the first)` : `forward, a subcontractor (${receipts.toLocaleString("en")} receipts, lot by lot)`, subCompanies, (id) => traceMoney({ actor, subject: { kind: "company", id }, direction: "forward" })),
    ];
    const server = (await q(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    await closeDb();
    const report = {
      benchmark: "trace",
      database: db.kind === "embedded" ? `PGlite (embedded, PostgreSQL ${server})` : `PostgreSQL ${server}`,
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? "cpu"}`,
      date: new Date().toISOString().slice(0, 10),
      transfers: total,
      setupSeconds: Math.round((Date.now() - started) / 1000),
      results,
    };
    if (asJson) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`\nbench:trace — ${report.database}, ${report.machine}, ${report.date}`);
      console.log(`ledger: ${total.toLocaleString("en")} transfers (built in ${report.setupSeconds} s)\n`);
      console.log(`${"trace".padEnd(62)} ${"runs".padStart(5)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"links".padStart(6)}`);
      for (const r of results) console.log(`${r.trace.padEnd(62)} ${String(r.runs).padStart(5)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(r.max).padStart(8)} ${String(r.linksPerTrace).padStart(6)}`);
    }
  } finally {
    // --keep leaves the database for a closer look (EXPLAIN, profiling); its address is printed.
    if (args.includes("--keep")) process.stderr.write(`kept: ${db.url}\n`);
    else await db.dispose();
  }
}

void main();
