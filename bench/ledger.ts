// npm run bench:ledger [-- --json] [--payments N] [--keep] [--scale region|national]: purpose-checked invoice payments (rules, lots, journal
// included) with 1 and 8 concurrent clients, against a baseline of bare transfers in raw SQL (conditional
// UPDATE + INSERT, no ORM) in the same run, on a fresh database on the configured server (DATABASE_URL) or
// the embedded one (with --scale, on top of a generated dataset of that size). Prints a table (or JSON) and exits 0.
import os from "node:os";
import { statementsSent } from "./statements";
import { migrate } from "../scripts/lib/migrate.mjs";
import { benchDatabase } from "./bench-database";
import { processTicks, SERVER_PIDS_SQL } from "./server-ticks";
import { arg, args, asJson, log, option } from "./args";

const PAYMENTS_8 = arg("--payments", 2000);
const PAYMENTS_1 = Math.max(100, Math.round(PAYMENTS_8 / 5));
// Each path is warmed up before it is measured (decision 0298): the first calls of a process compile its code
// and open its pool's connections, which the payments (measured first) paid and the baseline (measured last) did not.
const WARM_UP = 200;
const COLOURS = 64;

async function main() {
  const db = await benchDatabase();
  try {
    await migrate(db.url);
    // --scale region|national: the payments run on top of a generated dataset (prisma/seed/scale) of that size.
    const scale = option("--scale");
    if (scale) {
      const { generateScale, SCALES } = await import("../prisma/seed/scale/generate-scale");
      if (!(scale in SCALES)) throw new Error(`--scale takes ${Object.keys(SCALES).join(" or ")}`);
      log(`generating the ${scale} dataset first…`);
      const generated = await generateScale({ scale: scale as keyof typeof SCALES, seed: 1, url: db.url, log });
      log(`  ${generated.transfers.toLocaleString("en")} transfers in ${generated.seconds} s`);
    }
    const { prisma, pool, closeDb } = await import("../lib/db");
    const { SYSTEM_ACTOR } = await import("../lib/actor");
    const { createOrganization } = await import("../lib/organizations/create-organization");
    const { createBudgetLine } = await import("../lib/budget/create-budget-line");
    const { createProject } = await import("../lib/projects/create-project");
    const { allocateColour } = await import("../lib/allocations/allocate-colour");
    const { createContract } = await import("../lib/contracts/create-contract");
    const { approveInvoice } = await import("../lib/invoices/approve-invoice");
    const { makeBin } = await import("../lib/kz/bin");

    log(`setting up ${COLOURS} colours and ${WARM_UP + PAYMENTS_1 + PAYMENTS_8} invoices…`);
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Bench ministry" } });
    const official = { ...SYSTEM_ACTOR, isSystem: false, role: "official" as const, userId: 1, organizationId: ministry.id, isFinance: false };
    const line = await createBudgetLine({ actor: official, input: { code: "04 9 467 037 015", specifics: "431", fiscalYear: 2026, name: "Bench", ministryId: ministry.id, appropriatedTiyn: 10n ** 15n } });
    const contracts: number[] = [];
    for (let c = 0; c < COLOURS; c++) {
      const project = await createProject({ actor: official, input: { name: `Bench project ${c}`, region: "Almaty", ministryId: ministry.id, items: [{ code: "236310.100.000003", name: "Concrete B25", category: "23.63", unit: "м3", quantityMilli: 10n ** 12n, ceilingUnitPriceTiyn: 3_200_000n }] } });
      const item = await prisma().estimateItem.findFirstOrThrow({ where: { projectId: project.id } });
      const colour = await allocateColour({
        actor: official,
        input: { budgetLineId: line.id, projectId: project.id, amountTiyn: 10n ** 13n, expiresAt: new Date("2030-01-01"), reason: "bench", rules: { allowedItemCodes: "all", advanceLimitBp: 3000, approvalThresholdTiyn: 10n ** 13n, exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: true, maxShareBp: 1000 } } } },
      });
      const company = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: `Bench contractor ${c}`, bin: makeBin(20, 1, c * 11 + 1) } });
      const contract = await createContract({ actor: official, input: { colourId: colour.id, contractorId: company.id, number: `B-${c}`, valueTiyn: 10n ** 13n, signedOn: new Date("2026-01-01"), items: [{ estimateItemId: item.id, quantityMilli: 10n ** 12n, ceilingUnitPriceTiyn: 3_200_000n }] } });
      contracts.push(contract.id);
    }
    // What a paid invoice adds to the database (invoice, line, decision, transfer, lots, lineage, journal entry,
    // idempotency key and their indexes), measured on the ledger's tables before the invoices and after the payments.
    const LEDGER_TABLES = ["invoice", "invoice_line", "invoice_decision", "transfer", "lot", "lot_consumption", "journal_entry", "journal_head", "ledger_request", "account"];
    const ledgerBytes = async () =>
      Number((await pool().query<{ b: string }>(`SELECT sum(pg_total_relation_size(t::regclass))::bigint AS b FROM unnest($1::text[]) t`, [LEDGER_TABLES])).rows[0]!.b);
    const bytesBefore = await ledgerBytes();
    // Invoices in bulk (setup is not what is measured), round-robin over the colours in id order, so that
    // concurrent clients pay for different projects as they would in real life.
    const total = WARM_UP + PAYMENTS_1 + PAYMENTS_8;
    await pool().query(
      `WITH c AS (SELECT id, contractor_id, row_number() OVER (ORDER BY id) - 1 AS k FROM contract WHERE id = ANY($3::int[])),
            n AS (SELECT g FROM generate_series(0, $1::int - 1) g),
            inv AS (
              INSERT INTO invoice (contract_id, issuer_id, number, kind, status, total_tiyn, issued_on, created_by_id, submitted_at)
              SELECT c.id, c.contractor_id, 'BENCH-' || n.g, 'work', 'submitted', 3000000 * 10, '2026-02-01', 999, now()
              FROM n JOIN c ON c.k = n.g % $2::int
              ORDER BY n.g
              RETURNING id, contract_id)
       INSERT INTO invoice_line (invoice_id, estimate_item_id, quantity_milli, unit_price_tiyn, amount_tiyn)
       SELECT inv.id, ci.estimate_item_id, 10000, 3000000, 30000000 FROM inv JOIN contract_item ci ON ci.contract_id = inv.contract_id`,
      [total, COLOURS, contracts],
    );
    // The bench's own invoices (a generated dataset, with --scale, has its own).
    const ids = (await pool().query<{ id: number }>(`SELECT id FROM invoice WHERE contract_id = ANY($1::int[]) ORDER BY id`, [contracts])).rows.map((r) => r.id);

    const serverPids = async () => (await pool().query<{ pid: number }>(SERVER_PIDS_SQL)).rows.map((r) => r.pid);

    async function measure(label: string, clients: number, work: number[], op: (id: number) => Promise<unknown>) {
      let next = 0;
      const cpu = process.cpuUsage();
      const serverBefore = db.kind === "embedded" ? null : processTicks(await serverPids());
      const statementsBefore = statementsSent();
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (next < work.length) await op(work[next++]!);
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const used = process.cpuUsage(cpu);
      const serverAfter = db.kind === "embedded" ? null : processTicks(await serverPids());
      // A process that started during the phase (a new pool connection, an autovacuum worker) counts from zero.
      const serverMs = serverBefore == null || serverAfter == null ? null : [...serverAfter].reduce((ms, [pid, t]) => ms + (t - (serverBefore.get(pid) ?? 0)) * 10, 0);
      const dbCpuMs = serverMs == null || serverAfter!.size === 0 ? null : Number((serverMs / work.length).toFixed(3));
      // The benchmark's own process shares the 2 cores with the database: its CPU per operation says how much of
      // a payment's cost is on the application side.
      const appCpuMs = Number(((used.user + used.system) / 1000 / work.length).toFixed(3));
      log(`  ${label}, ${clients} client(s): ${work.length} in ${seconds.toFixed(2)} s (app CPU user ${(used.user / 1000 / work.length).toFixed(3)} + system ${(used.system / 1000 / work.length).toFixed(3)} ms/op)`);
      return { path: label, clients, operations: work.length, seconds: Number(seconds.toFixed(3)), perSecond: Math.round(work.length / seconds), statementsPerOp: Number(((statementsSent() - statementsBefore) / work.length).toFixed(2)), appCpuMs, dbCpuMs };
    }

    const results = [];
    const pay = (id: number) => approveInvoice({ actor: official, invoiceId: id });
    // Payments schedule flag refreshes (lib/flags follows the ledger, wired by lib/startup.ts as in every server
    // process), held here until the phase ends and then run and timed.
    await import("../lib/startup");
    const { settleFlagRefreshes } = await import("../lib/flags/refresh-flags");
    const flagSeconds: number[] = [];
    const settle = async () => {
      const at = process.hrtime.bigint();
      await settleFlagRefreshes();
      flagSeconds.push(Number(process.hrtime.bigint() - at) / 1e9);
    };
    for (const id of ids.slice(0, WARM_UP)) await pay(id);
    await settleFlagRefreshes();
    const measured = ids.slice(WARM_UP);
    results.push(await measure("purpose-checked invoice payment", 1, measured.slice(0, PAYMENTS_1), pay));
    await settle();
    results.push(await measure("purpose-checked invoice payment", 8, measured.slice(PAYMENTS_1), pay));
    await settle();

    // Baseline: a bare transfer, the least any ledger must do.
    await pool().query(`CREATE TABLE bench_account (id int PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0));
      CREATE TABLE bench_transfer (id bigserial PRIMARY KEY, from_id int NOT NULL, to_id int NOT NULL, amount bigint NOT NULL, at timestamptz NOT NULL DEFAULT now());
      INSERT INTO bench_account SELECT g, 1000000000 FROM generate_series(1, 1000) g;`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
    const raw = async () => {
      const client = await pool().connect();
      try {
        const from = 1 + (rnd() % 1000);
        const to = 1 + ((from + (rnd() % 999)) % 1000);
        await client.query("BEGIN");
        const debit = await client.query("UPDATE bench_account SET balance = balance - $2 WHERE id = $1 AND balance >= $2", [from, 100]);
        if (debit.rowCount === 1) {
          await client.query("UPDATE bench_account SET balance = balance + $2 WHERE id = $1", [to, 100]);
          await client.query("INSERT INTO bench_transfer (from_id, to_id, amount) VALUES ($1, $2, $3)", [from, to, 100]);
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    };
    const rawOps = (n: number) => Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < WARM_UP; i++) await raw();
    results.push(await measure("raw SQL transfer baseline", 1, rawOps(PAYMENTS_1 * 2), raw));
    results.push(await measure("raw SQL transfer baseline", 8, rawOps(PAYMENTS_8 * 2), raw));

    const paid = (await pool().query<{ n: string }>(`SELECT count(*) AS n FROM invoice WHERE status = 'paid' AND contract_id = ANY($1::int[])`, [contracts])).rows[0]!.n;
    await pool().query(`VACUUM ANALYZE`);
    const bytesPerPayment = Math.round((await ledgerBytes() - bytesBefore) / Number(paid));
    const { checkLedgerInvariants } = await import("../lib/ledger/check-invariants");
    const violations = (await checkLedgerInvariants(prisma())).violations.length;
    const server = (await pool().query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
    const eight = results.filter((r) => r.clients === 8);
    const ratio = Number((eight[0]!.perSecond / eight[1]!.perSecond).toFixed(2));
    await closeDb();

    const report = {
      benchmark: "ledger",
      database: db.kind === "embedded" ? `PGlite (embedded, PostgreSQL ${server})` : `PostgreSQL ${server}`,
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? "cpu"}`,
      date: new Date().toISOString().slice(0, 10),
      results,
      ratioAt8Clients: ratio,
      invoicesPaid: Number(paid),
      ledgerViolations: violations,
      bytesPerPaidInvoice: bytesPerPayment,
      gigabytesPerMillionPayments: Number(((bytesPerPayment * 1e6) / 2 ** 30).toFixed(2)),
      flagRefreshSecondsAfterPhases: flagSeconds.map((x) => Number(x.toFixed(2))),
    };
    if (asJson) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`\nLedger benchmark — ${report.database} — ${report.machine} — ${report.date}\n`);
      console.log(`${"path".padEnd(34)} ${"clients".padStart(7)} ${"operations".padStart(10)} ${"seconds".padStart(8)} ${"per second".padStart(10)} ${"statements/op".padStart(13)} ${"app CPU ms/op".padStart(13)} ${"db CPU ms/op".padStart(12)}`);
      for (const r of results) console.log(`${r.path.padEnd(34)} ${String(r.clients).padStart(7)} ${String(r.operations).padStart(10)} ${r.seconds.toFixed(2).padStart(8)} ${String(r.perSecond).padStart(10)} ${r.statementsPerOp.toFixed(2).padStart(13)} ${r.appCpuMs.toFixed(3).padStart(13)} ${(r.dbCpuMs == null ? "—" : r.dbCpuMs.toFixed(3)).padStart(12)}`);
      console.log(`\npayments / raw baseline at 8 clients: ${(ratio * 100).toFixed(0)} %   invoices paid: ${paid}   ledger:check violations: ${violations}`);
      console.log(`database growth per paid invoice (all its rows and indexes): ${(bytesPerPayment / 1024).toFixed(2)} KiB, so ${report.gigabytesPerMillionPayments} GiB per million payments`);
      console.log(`then refreshing the flags of the ${COLOURS} colours each payment phase touched took ${flagSeconds.map((x) => `${x.toFixed(2)} s`).join(" and ")} (background work, not in the figures above)`);
    }
  } finally {
    // The pools go before the database does: dropping it under open connections would crash the process with
    // their errors instead of the one that ended the run.
    await (await import("../lib/db")).closeDb();
    // --keep leaves the database for a closer look (EXPLAIN, profiling); its address is printed.
    if (args.includes("--keep")) process.stderr.write(`kept: ${db.url}\n`);
    else await db.dispose();
  }
}

void main();
