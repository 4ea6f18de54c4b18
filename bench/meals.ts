// npm run bench:meals [-- --json] [--schools N] [--pupils N] [--clients N] [--keep]: school meals recorded through the
// real redemption path (recordMeal, with valid rotating tokens) at 1 and 8 (--clients) concurrent clients on a fresh database on the
// configured server (DATABASE_URL) or the embedded one; then the same scans sent again (each must come back as the
// first answer, nothing counted twice) and the same tokens under new scan ids (each must be refused as replayed);
// then the settlement of one school's full month through the ledger, and ledger:check. Prints a table (or JSON).
import os from "node:os";
import { statementsSent } from "./statements";
import { migrate } from "../scripts/lib/migrate.mjs";
import { benchDatabase } from "./bench-database";
import { processTicks, SERVER_PIDS_OWN_SQL } from "./server-ticks";
import { arg, args, asJson, log } from "./args";

const SCHOOLS = arg("--schools", 20);
const PUPILS = arg("--pupils", 200);
/** Concurrent clients (tills) of the passes after the first: 8 unless told. */
const CLIENTS = arg("--clients", 8);
/** Breakfasts scanned by the lone client: a quarter of each school's pupils. */
const ONE_CLIENT_SHARE = 4;
const OPERATORS = 4;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A moment in Almaty (UTC+5). */
const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function main() {
  const db = await benchDatabase();
  try {
    await migrate(db.url);
    const world = await setUp();
    const { prisma, pool, closeDb } = await import("../lib/db");
    const { recordMeal } = await import("../lib/meals/record-meal");
    type TScanResult = Awaited<ReturnType<typeof recordMeal>>;
    const { mealToken } = await import("../lib/meals/token");
    const { mealTokenKey } = await import("../lib/meals/keys");
    const key = mealTokenKey();
    const serverPids = async () =>
      db.kind === "embedded"
        ? null
        : (await pool().query<{ pid: number; own: boolean }>(SERVER_PIDS_OWN_SQL)).rows;

    const scanOf = (w: TWork) => ({ schoolId: world.schools[w.schoolIndex]!, mealType: w.mealType, scanToken: mealToken(key, w.voucherId, w.at), scannedAt: w.at, clientScanId: w.clientScanId });

    async function measure(label: string, clients: number, work: TWork[], expect: (r: TScanResult) => boolean) {
      let next = 0;
      let unexpected = 0;
      const latencies: number[] = [];
      const outcomes = new Map<string, number>();
      const cpu = process.cpuUsage();
      const pidsBefore = await serverPids();
      const serverBefore = pidsBefore && processTicks(pidsBefore.map((p) => p.pid));
      const statementsBefore = statementsSent();
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: clients }, async (_, client) => {
          while (next < work.length) {
            const w = work[next++]!;
            // Each client is a till of its own at every school it serves: a device per (client, school).
            w.device ??= `s${world.schools[w.schoolIndex]}-till${client}`;
            const at = process.hrtime.bigint();
            const result = await recordMeal({ actor: world.operators[w.schoolIndex % OPERATORS]!, device: w.device, scan: scanOf(w), now: new Date(w.at.getTime() + 5_000) });
            latencies.push(Number(process.hrtime.bigint() - at) / 1e6);
            const outcome = result.status === "served" ? (result.duplicate ? "served (first answer again)" : "served") : `${result.code}${result.duplicate ? " (first answer again)" : ""}`;
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            if (!expect(result)) unexpected++;
          }
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const used = process.cpuUsage(cpu);
      const statementsAfter = statementsSent();
      const pidsAfter = await serverPids();
      const serverAfter = pidsAfter && processTicks(pidsAfter.map((p) => p.pid));
      // The database's own processes (its backends, its autovacuum workers) apart from the server's shared writers
      // (WAL writer, checkpointer, background writer), which on a shared machine also work for other databases.
      const own = new Set(pidsAfter?.filter((p) => p.own).map((p) => p.pid));
      const msOf = (mine: boolean) => (serverBefore && serverAfter?.size ? [...serverAfter].filter(([pid]) => own.has(pid) === mine).reduce((ms, [pid, t]) => ms + (t - (serverBefore.get(pid) ?? 0)) * 10, 0) : null);
      const serverMs = msOf(true);
      const sharedMs = msOf(false);
      latencies.sort((a, b) => a - b);
      log(`  ${label}, ${clients} client(s): ${work.length} in ${seconds.toFixed(2)} s`);
      return {
        pass: label,
        clients,
        scans: work.length,
        seconds: Number(seconds.toFixed(3)),
        perSecond: Math.round(work.length / seconds),
        p50Ms: Number(percentile(latencies, 50).toFixed(2)),
        p95Ms: Number(percentile(latencies, 95).toFixed(2)),
        statementsPerScan: Number(((statementsAfter - statementsBefore) / work.length).toFixed(1)),
        appCpuMs: Number(((used.user + used.system) / 1000 / work.length).toFixed(3)),
        dbCpuMs: serverMs == null ? null : Number((serverMs / work.length).toFixed(3)),
        sharedWritersCpuMs: sharedMs == null ? null : Number((sharedMs / work.length).toFixed(3)),
        unexpected,
        outcomes: Object.fromEntries([...outcomes].sort()),
      };
    }

    const results = [];
    const served = (r: TScanResult) => r.status === "served" && !r.duplicate;
    const breakfasts = scans(world, "breakfast", "08:00", Math.floor(PUPILS / ONE_CLIENT_SHARE), "b");
    const lunches = scans(world, "lunch", "12:00", PUPILS, "l");
    log(`recording ${breakfasts.length} breakfasts with 1 client, then ${lunches.length} lunches with ${CLIENTS}…`);
    results.push(await measure("valid scans", 1, breakfasts, served));
    results.push(await measure("valid scans", CLIENTS, lunches, served));
    // The same scans sent again by the same devices (an offline batch resent): the first answer, nothing new.
    const resent = [...breakfasts, ...lunches].map((w) => ({ ...w }));
    results.push(await measure("same scans resent", CLIENTS, resent, (r) => r.status === "served" && r.duplicate));
    // The same tokens under new scan ids (a screenshot of the QR shown again): refused as replayed, each recorded.
    const replayed = lunches.map((w) => ({ ...w, device: undefined, clientScanId: `${w.clientScanId}-again` }));
    results.push(await measure("same tokens, new scan ids", CLIENTS, replayed, (r) => r.status === "refused" && r.code === "MEAL_TOKEN_REPLAYED"));

    const meals = Number((await pool().query<{ n: string }>(`SELECT count(*) AS n FROM meal_record`)).rows[0]!.n);
    const settlement = await settleOneSchool(world);
    const { checkLedgerInvariants } = await import("../lib/ledger/check-invariants");
    const violations = (await checkLedgerInvariants(prisma())).violations.length;
    const server = (await pool().query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
    await closeDb();

    const report = {
      benchmark: "meals",
      database: db.kind === "embedded" ? `PGlite (embedded, PostgreSQL ${server})` : `PostgreSQL ${server}`,
      machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.cpus()[0]?.model ?? "cpu"}`,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(1))),
      date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
      schools: SCHOOLS,
      pupilsPerSchool: PUPILS,
      scanLanes: Number(process.env.MEAL_SCAN_LANES ?? 4),
      results,
      mealsRecorded: meals,
      settlement,
      ledgerViolations: violations,
    };
    printReport(report);
  } finally {
    await (await import("../lib/db")).closeDb();
    if (args.includes("--keep")) process.stderr.write(`kept: ${db.url}\n`);
    else await db.dispose();
  }
}

type TReport = { database: string; machine: string; date: string; loadAverage: number[]; scanLanes: number; results: { pass: string; clients: number; scans: number; seconds: number; perSecond: number; p50Ms: number; p95Ms: number; statementsPerScan: number; appCpuMs: number; dbCpuMs: number | null; sharedWritersCpuMs: number | null; unexpected: number; outcomes: Record<string, number> }[]; mealsRecorded: number; settlement: { meals: number; amountTiyn: bigint; seconds: number }; ledgerViolations: number };

function printReport(report: TReport) {
  if (asJson) {
    console.log(JSON.stringify(report, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2));
    return;
  }
  console.log(`\nSchool meals benchmark — ${report.database} — ${report.machine} — ${report.date} — load average ${report.loadAverage.join(" ")} — ${report.scanLanes} scan lane(s)\n`);
  console.log(`${"pass".padEnd(26)} ${"clients".padStart(7)} ${"scans".padStart(6)} ${"seconds".padStart(8)} ${"per second".padStart(10)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"stmts/scan".padStart(10)} ${"app CPU ms".padStart(10)} ${"db CPU ms".padStart(9)} ${"writers ms".padStart(10)} ${"unexpected".padStart(10)}`);
  for (const r of report.results) {
    console.log(`${r.pass.padEnd(26)} ${String(r.clients).padStart(7)} ${String(r.scans).padStart(6)} ${r.seconds.toFixed(2).padStart(8)} ${String(r.perSecond).padStart(10)} ${r.p50Ms.toFixed(2).padStart(7)} ${r.p95Ms.toFixed(2).padStart(7)} ${r.statementsPerScan.toFixed(1).padStart(10)} ${r.appCpuMs.toFixed(3).padStart(10)} ${(r.dbCpuMs == null ? "—" : r.dbCpuMs.toFixed(3)).padStart(9)} ${(r.sharedWritersCpuMs == null ? "—" : r.sharedWritersCpuMs.toFixed(3)).padStart(10)} ${String(r.unexpected).padStart(10)}`);
    console.log(`${"".padEnd(26)} ${Object.entries(r.outcomes).map(([k, n]) => `${k}: ${n}`).join(", ")}`);
  }
  console.log(`\nmeals recorded: ${report.mealsRecorded}`);
  console.log(`settlement of one school's month (${report.settlement.meals} meals, ${report.settlement.amountTiyn} tiyn): ${report.settlement.seconds.toFixed(3)} s (target < 1 s)`);
  console.log(`ledger:check violations: ${report.ledgerViolations}`);
}

type TWorld = Awaited<ReturnType<typeof setUp>>;

type TWork = { schoolIndex: number; voucherId: number; mealType: "breakfast" | "lunch"; at: Date; clientScanId: string; device?: string };

/** A pass's scans, one per pupil, interleaved over the schools (the lunch queue of every school at once). */
function scans(world: TWorld, mealType: "breakfast" | "lunch", from: string, pupilsPerSchool: number, tag: string): TWork[] {
  const work: TWork[] = [];
  for (let p = 0; p < pupilsPerSchool; p++) {
    for (let s = 0; s < SCHOOLS; s++) {
      // One pupil every 20 ms per school's queue, all inside the serving hours.
      const at = new Date(almaty("2026-12-07", from).getTime() + p * 20 + s);
      work.push({ schoolIndex: s, voucherId: world.vouchers[s]![p]!, mealType, at, clientScanId: `${tag}-${s}-${p}` });
    }
  }
  return work;
}


/** The programme on a colour, its schools with calendars, staff, pupils, vouchers, approved lists and contracts. */
async function setUp() {
  const { prisma, pool } = await import("../lib/db");
  const { SYSTEM_ACTOR } = await import("../lib/actor");
  const { createOrganization } = await import("../lib/organizations/create-organization");
  const { createBudgetLine } = await import("../lib/budget/create-budget-line");
  const { createProject } = await import("../lib/projects/create-project");
  const { allocateColour } = await import("../lib/allocations/allocate-colour");
  const { createMealProgramme, createSchool, setSchoolCalendar, addSchoolStaff, createCanteenContract } = await import("../lib/meals/programme");
  const { buildEligibilityList, approveEligibilityList } = await import("../lib/meals/eligibility");
  const { makeBin } = await import("../lib/kz/bin");
  log(`setting up ${SCHOOLS} schools with ${PUPILS} pupils each…`);
  const department = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Almaly district education department" } });
  const official = { ...SYSTEM_ACTOR, isSystem: false, role: "official" as const, userId: 1, organizationId: department.id, isFinance: false };
  const line = await createBudgetLine({ actor: official, input: { code: "05 2 261 015 011", specifics: "159", fiscalYear: 2026, name: "Free school meals", ministryId: department.id, appropriatedTiyn: 10n ** 15n } });
  const project = await createProject({ actor: official, input: { name: "Free school meals 2026/27", region: "Almaty", ministryId: department.id, items: [{ code: "562910.000.000001", name: "School meal", category: "56.29", unit: "шт", quantityMilli: 10n ** 12n, ceilingUnitPriceTiyn: 90_000n }] } });
  const colour = await allocateColour({
    actor: official,
    input: { budgetLineId: line.id, projectId: project.id, amountTiyn: 10n ** 13n, expiresAt: new Date("2030-01-01"), reason: "bench", rules: { allowedItemCodes: "all", advanceLimitBp: 3000, approvalThresholdTiyn: 10n ** 13n, exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } } },
  });
  const programme = await createMealProgramme({
    actor: official,
    input: { colourId: colour.id, departmentId: department.id, schoolYear: 2026, startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), settlementPeriod: "monthly", ceilings: { breakfast: 60_000n, lunch: 90_000n } },
  });
  const operators = [];
  for (let o = 0; o < OPERATORS; o++) {
    const company = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: `Canteen operator ${o + 1} LLP`, bin: makeBin(22, 4, o * 13 + 1) } });
    operators.push({ userId: 5000 + o, role: "contractor" as const, name: `Canteen ${o + 1}`, email: `canteen${o}@bench.kz`, organizationId: company.id, organizationKind: "company" as const, organizationName: company.name, isFinance: false });
  }
  // December 2026: weekdays are school days, 16 December (Independence Day) is not.
  const days = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(2026, 11, d));
    if (d === 16) days.push({ day: date, isSchoolDay: false, note: "Independence Day" });
    else if (date.getUTCDay() % 6 !== 0) days.push({ day: date, isSchoolDay: true });
  }
  const schools: number[] = [];
  const contracts: number[] = [];
  const vouchers: number[][] = [];
  for (let s = 0; s < SCHOOLS; s++) {
    const school = await createSchool({ actor: official, input: { name: `School No. ${s + 1}`, region: "Almaty", departmentId: department.id } });
    schools.push(school.id);
    await setSchoolCalendar({ actor: official, schoolId: school.id, days });
    const staff = { ...official, role: "school" as const, userId: 10_000 + 2 * s, organizationId: null };
    const director = { ...official, role: "school" as const, userId: 10_001 + 2 * s, organizationId: null };
    await addSchoolStaff({ actor: official, schoolId: school.id, userId: staff.userId, position: "staff" });
    await addSchoolStaff({ actor: official, schoolId: school.id, userId: director.userId, position: "director" });
    // Pupils and vouchers in bulk (setup, not what is measured): a keyed-hash-shaped IIN digest and a secret digest each.
    const pupils = (
      await pool().query<{ id: number }>(
        `INSERT INTO pupil (school_id, iin_hmac, class_name, category)
         SELECT $1::int, encode(sha256(('bench pupil ' || $1::int || '/' || g)::bytea), 'hex'), (1 + g % 11) || 'A', 'low-income' FROM generate_series(1, $2::int) g
         RETURNING id`,
        [school.id, PUPILS],
      )
    ).rows.map((r) => r.id);
    const issued = (
      await pool().query<{ id: number }>(
        `INSERT INTO meal_voucher (programme_id, pupil_id, secret_hash)
         SELECT $1, p, encode(sha256(('bench voucher ' || p)::bytea), 'hex') FROM unnest($2::int[]) WITH ORDINALITY AS u(p, n) ORDER BY n
         RETURNING id`,
        [programme.id, pupils],
      )
    ).rows.map((r) => r.id);
    vouchers.push(issued);
    const list = await buildEligibilityList({ actor: staff, schoolId: school.id, month: day("2026-12-01"), pupilIds: pupils });
    await approveEligibilityList({ actor: director, listId: list.id, now: new Date("2026-11-30T09:00:00Z") });
    const contract = await createCanteenContract({
      actor: official,
      input: {
        programmeId: programme.id,
        operatorId: operators[s % OPERATORS]!.organizationId,
        number: `CC-${s + 1}`,
        startsOn: day("2026-09-01"),
        endsOn: day("2027-05-31"),
        schoolIds: [school.id],
        meals: [
          { mealType: "breakfast", tariffTiyn: 45_000n, servesFromMin: 8 * 60, servesToMin: 9 * 60 + 30 },
          { mealType: "lunch", tariffTiyn: 80_000n, servesFromMin: 12 * 60, servesToMin: 14 * 60 },
        ],
      },
    });
    contracts.push(contract.id);
  }
  await pool().query(`VACUUM ANALYZE`);
  void prisma;
  return { official, schools, contracts, vouchers, operators };
}

/**
 * One school's whole month, settled through the ledger: the rest of December's meals of the first school are added
 * in bulk (every pupil, breakfast and lunch, every other school day), then its contract's month is settled and timed.
 */
async function settleOneSchool(world: TWorld) {
  const { pool } = await import("../lib/db");
  const { settleMeals } = await import("../lib/meals/settle-meals");
  const schoolId = world.schools[0]!;
  await pool().query(
    `INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, tariff_tiyn)
     SELECT v.id, v.pupil_id, $1::int, $2::int, t.meal_type::"MealType", c.day,
            c.day + t.at - interval '5 hours', floor(extract(epoch FROM c.day + t.at - interval '5 hours') / 30)::bigint,
            'bench-month-fill', v.id || '-' || c.day || '-' || t.meal_type, t.tariff
     FROM meal_voucher v JOIN pupil p ON p.id = v.pupil_id AND p.school_id = $1::int
     CROSS JOIN (SELECT day FROM school_calendar_day WHERE school_id = $1::int AND is_school_day AND day <> '2026-12-07') c
     CROSS JOIN (VALUES ('breakfast', interval '8 hours 10 minutes', 45000::bigint), ('lunch', interval '12 hours 30 minutes', 80000::bigint)) t(meal_type, at, tariff)`,
    [schoolId, world.contracts[0]!],
  );
  await pool().query(`ANALYZE meal_record`);
  const started = process.hrtime.bigint();
  const settled = await settleMeals({ actor: world.official, contractId: world.contracts[0]!, day: day("2026-12-01"), now: new Date("2027-01-04T04:00:00Z") });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { schoolId, contractId: world.contracts[0]!, meals: settled.mealCount, amountTiyn: settled.amountTiyn, seconds: Number(seconds.toFixed(3)) };
}

void main();
