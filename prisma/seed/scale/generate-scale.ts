// npm run seed -- --scale region|national [--seed N]: a deterministic dataset on top of the demo — the same seed
// gives the same rows. Registry, budget lines and projects are planned first; then each project's history is
// played (project-history.ts) and written in bulk, with progress. Everything goes in one transaction: a
// failure leaves the database as it was. Planted schemes are counted and reported, so that a full flag
// recompute can be checked against them.
import crypto from "node:crypto";
import pg from "pg";
import { stopCheckpoints } from "../../../lib/journal/schedule-checkpoints";
import { hashPassword } from "../../../lib/security/password";
import { REGIONS, type TRegionCode } from "../../../lib/kz/regions";
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from "../demo-logins";
import { withNames } from "../demo-names";
import { EXTRA_MINISTRIES, MINISTRY_DOMAINS, PLACES, PROJECT_KINDS, ROADS, TRADE_WORDS, type TMinistryKey, type TTrade } from "./catalogue";
import { Ids } from "./ids";
import { MEAL_PLANT_KINDS, plantMeals, type TMealPlantKind } from "./meal-plants";
import { ABSENT_PERCENT, generateMeals, type TMealsResult, type TMealsSpec } from "./meals";
import { PLANT_KINDS, plantList, type TPlantKind, type TTruth } from "./plants";
import { ProjectHistory, type TProjectPlan } from "./project-history";
import { Random } from "./random";
import { Registry } from "./registry";
import { budgetLineNames, EXTRA_MINISTRY_KK, projectExtra, projectNames, type TProjectNameParts } from "./scale-names";
import { BulkWriter, type TTable } from "./writer";

export type TScale = "region" | "national";

export type TScaleSpec = { regions: TRegionCode[]; projects: number; generals: number; perTrade: number; officials: number; plantsPerKind: number; meals: TMealsSpec };

/** Population weights of the regions (millions, rounded): where the projects go. */
const POPULATION: Record<TRegionCode, number> = {
  astana: 1.4, "almaty-city": 2.2, shymkent: 1.2, abai: 0.6, akmola: 0.8, aktobe: 0.9, almaty: 1.5, atyrau: 0.7, "east-kazakhstan": 0.7, zhambyl: 1.2,
  zhetysu: 0.7, "west-kazakhstan": 0.7, karaganda: 1.1, kostanay: 0.8, kyzylorda: 0.8, mangystau: 0.8, pavlodar: 0.8, "north-kazakhstan": 0.5, turkistan: 2.1, ulytau: 0.2,
};

export const SCALES: Record<TScale, TScaleSpec> = {
  // One region (Karaganda): a few hundred projects, about fifty thousand transfers.
  // School meals (meals.ts): 50 schools, one month each (about half a million meals).
  region: { regions: ["karaganda"], projects: 220, generals: 30, perTrade: 10, officials: 3, plantsPerKind: 5, meals: { schools: 50, pupils: [210, 340] } },
  // The whole country: over a million transfers.
  // School meals: 1,000 schools over the regions, one month each (about ten million meals).
  national: { regions: REGIONS.map((r) => r.code), projects: 5200, generals: 40, perTrade: 14, officials: 3, plantsPerKind: 40, meals: { schools: 1000, pupils: [210, 340] } },
};

export type TScaleResult = { scale: TScale; seed: number; firstColourId: number; projects: number; transfers: number; rows: Record<string, number>; plants: Record<TPlantKind | TMealPlantKind, number>; truth: TTruth[]; invoices: { total: number; paid: number; awaiting: number; rejected: number; refused: number }; meals: TMealsResult; seconds: number };

/** `spec` overrides parts of the scale (tests generate a few projects of the same kind). */
export async function generateScale({ scale, seed, url, log, spec: override }: { scale: TScale; seed: number; url: string; log: (line: string) => void; spec?: Partial<TScaleSpec> }): Promise<TScaleResult> {
  const spec = { ...SCALES[scale], ...override };
  const started = Date.now();
  // The generator assigns journal ids itself (ids.ts): no checkpoint of this process may take one meanwhile.
  stopCheckpoints();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: done } = await client.query(`SELECT details FROM audit_event WHERE action = 'seed.scale' LIMIT 1`);
    if (done.length) throw new Error(`A generated dataset is already loaded (${JSON.stringify(done[0].details)}). Generate into an empty database (delete .data/ or use a fresh DATABASE_URL).`);
    await client.query("BEGIN");
    const ids = await Ids.start(client);
    const out = new BulkWriter(client);
    const r = new Random(seed);

    // ── ministries: the demo's, and the ones the generated projects need besides ──
    const ministryIds = new Map<TMinistryKey, number>();
    for (const key of ["minedu", "minhealth", "mintransport"] as const) {
      const demo = DEMO_ORGANIZATIONS.find((o) => o.key === key)!;
      const { rows } = await client.query<{ id: number }>(`SELECT id FROM organization WHERE kind = 'ministry' AND name = $1`, [demo.name]);
      // The demo's ministry when the demo is loaded (npm run seed), else a new one (bench:ledger -- --scale).
      const id = rows[0]?.id ?? ids.nextId("organization");
      const forms = withNames({ name: demo.name });
      if (!rows[0]) out.push("organization", [id, "ministry", demo.name, forms.nameRu ?? demo.nameRu ?? null, forms.nameKk ?? null, forms.nameEn ?? demo.name, null, "Astana, Mangilik El ave. 8", "astana", null, null, new Date("2026-01-05T04:00:00Z")]);
      ministryIds.set(key, id);
    }
    for (const m of EXTRA_MINISTRIES) {
      const id = ids.nextId("organization");
      out.push("organization", [id, "ministry", m.name, m.nameRu, EXTRA_MINISTRY_KK[m.key] ?? null, m.name, null, "Astana, Mangilik El ave. 8", "astana", null, null, new Date("2026-01-05T04:00:00Z")]);
      ministryIds.set(m.key, id);
    }

    // ── the register ──
    const { rows: bins } = await client.query<{ bin: string }>(`SELECT bin FROM organization WHERE bin IS NOT NULL`);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const registry = new Registry(r.fork(1), ids, out, passwordHash, bins.map((b) => b.bin));
    const trades = Object.keys(TRADE_WORDS) as TTrade[];
    for (const region of spec.regions) {
      for (let i = 0; i < spec.generals; i++) registry.company(region, "general");
      for (const trade of trades) if (trade !== "general") for (let i = 0; i < spec.perTrade; i++) registry.company(region, trade);
      for (const m of ministryIds.keys()) registry.official(m, ministryIds.get(m)!, MINISTRY_DOMAINS[m], region, spec.officials);
    }
    log(`  register: ${registry.companies.length.toLocaleString("en")} companies with their directors and founders, ${(spec.regions.length * ministryIds.size * spec.officials).toLocaleString("en")} officials`);

    // ── projects and their budget lines ──
    const plans = planProjects(r.fork(2), spec, ministryIds);
    const lines = new Map<string, { id: number; total: bigint }>();
    for (const p of plans) {
      const key = `${p.kind.key}:${p.region}:${new Date(p.mintDay).getUTCFullYear()}`;
      let line = lines.get(key);
      if (!line) lines.set(key, (line = { id: ids.nextId("budget_line"), total: 0n }));
      line.total += p.mintedTiyn;
      p.budgetLineId = line.id;
    }
    for (const [key, line] of lines) {
      const [kindKey, region, year] = key.split(":") as [string, TRegionCode, string];
      const kind = PROJECT_KINDS.find((k) => k.key === kindKey)!;
      const kindIndex = PROJECT_KINDS.indexOf(kind);
      const regionIndex = REGIONS.findIndex((x) => x.code === region);
      // The administrator (ABP) differs by region so that each region's line has its own code.
      const code = `${kind.group} ${600 + regionIndex * 10 + kindIndex} ${kind.programme} ${kind.subprogramme}`;
      const names = budgetLineNames(kind, region);
      out.push("budget_line", [line.id, code, kind.specifics, Number(year), names.nameEn, names.nameRu, names.nameKk, names.nameEn, ministryIds.get(kind.ministry)!, region, (line.total * 125n) / 100n, new Date(`${year}-01-05T04:00:00Z`)]);
    }
    await out.flush();

    // ── each project's history ──
    const totals = { transfers: 0, invoices: 0, paid: 0, awaiting: 0, rejected: 0, refused: 0 };
    const invoiceNumbers = new Map<number, number>();
    const firstColourId = ids.peek("colour");
    const truth: TTruth[] = [];
    let lastLog = Date.now();
    for (const [i, plan] of plans.entries()) {
      const history = new ProjectHistory(r.fork(1000 + i), ids, out, registry, registry.officials.get(`${plan.kind.ministry}:${plan.region}`)!, plan, invoiceNumbers, truth);
      history.run();
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += history.totals[k];
      if (out.pending() > 60_000 || i === plans.length - 1) await out.flush();
      if (Date.now() - lastLog > 3000 || i === plans.length - 1) {
        lastLog = Date.now();
        const s = (Date.now() - started) / 1000;
        const eta = ((plans.length - i - 1) * s) / (i + 1);
        log(`  ${i + 1}/${plans.length} projects, ${totals.transfers.toLocaleString("en")} transfers, ${totals.invoices.toLocaleString("en")} invoices — ${s.toFixed(0)} s${i < plans.length - 1 ? `, about ${eta.toFixed(0)} s to go` : ""}`);
      }
    }
    // School-meal programmes, one month of meals each, settled through their colours' ledgers.
    const meals = await generateMeals({ client, ids, out, r: r.fork(3), registry, regions: spec.regions, spec: spec.meals, passwordHash, log });
    await ids.moveSequences(client);
    // School-meal schemes and look-alikes (meal-plants.ts), on the meals as written and settled.
    truth.push(...meals.truth, ...(await plantMeals(client, firstColourId, ABSENT_PERCENT)));
    // Planted debarments (the register of unreliable suppliers), dated; the companies are written by now.
    for (const [id, since, reason] of registry.debarments) await client.query(`UPDATE organization SET is_debarred = true, debarred_on = $2, debarred_reason = $3 WHERE id = $1`, [id, since, reason]);
    // Counted from the truth: a plant whose history ended before it could happen (a project too young) is not planted.
    const plants = Object.fromEntries([...PLANT_KINDS, ...MEAL_PLANT_KINDS].map((k) => [k, truth.filter((t) => t.kind === k && t.role === "scheme").length])) as Record<TPlantKind | TMealPlantKind, number>;
    const rows = Object.fromEntries([...out.written.entries()].map(([t, n]) => [t, n])) as Record<TTable, number>;
    const result: TScaleResult = { scale, seed, firstColourId, projects: plans.length, transfers: totals.transfers, rows, plants, truth, invoices: { total: totals.invoices, paid: totals.paid, awaiting: totals.awaiting, rejected: totals.rejected, refused: totals.refused }, meals, seconds: 0 };
    await client.query(`INSERT INTO audit_event (action, subject, details) VALUES ('seed.scale', $1, $2)`, [scale, JSON.stringify({ scale, seed, projects: plans.length, transfers: totals.transfers, plants, digest: digestOf(result) })]);
    // The truth about the plants, beside the dataset it describes (decision 0167): npm run bench:flags reads it.
    await client.query(`INSERT INTO audit_event (action, subject, details) VALUES ('seed.truth', $1, $2)`, [scale, JSON.stringify({ seed, firstColourId, digest: digestOf(result), truth })]);
    log(`  committing…`);
    await client.query("COMMIT");
    log(`  analysing tables…`);
    await client.query("ANALYZE");
    result.seconds = Math.round((Date.now() - started) / 1000);
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** What a seed produced, as one hash: two runs with one seed must print the same. */
function digestOf(r: TScaleResult): string {
  return crypto.createHash("sha256").update(JSON.stringify({ p: r.projects, t: r.transfers, rows: r.rows, plants: r.plants, truth: r.truth, inv: r.invoices })).digest("hex").slice(0, 16);
}

function planProjects(r: Random, spec: TScaleSpec, ministryIds: Map<TMinistryKey, number>): TProjectPlan[] {
  const regions = spec.regions.map((code) => [code, POPULATION[code]] as const);
  const kinds = PROJECT_KINDS.map((k) => [k, k.weight] as const);
  const plans: TProjectPlan[] = [];
  for (let i = 0; i < spec.projects; i++) {
    const kind = r.weighted(kinds);
    const region = r.weighted(regions);
    const city = r.pick(PLACES[region]);
    const bn = kind.minBn + (kind.maxBn - kind.minBn) * r.next() ** 1.6; // more small projects than big ones
    const mintedTiyn = BigInt(Math.round(bn * 1e6)) * 100_000n; // whole thousands of tenge
    const km = r.int(12, 480);
    // The same draws in the same order as when the name was one English string (the dataset does not change).
    const road = kind.key === "road" ? r.pick(ROADS) : "";
    const parts: TProjectNameParts = { city, size: 0, region, ...(kind.key === "road" ? { road: { road, from: km, to: km + r.int(8, 40) } } : {}), ...(kind.key === "water" ? { villages: r.int(2, 7) } : {}) };
    const extra = projectExtra(kind.key, parts);
    // Allocations from February 2025 to June 2026: two budget years, histories of six to twenty-two months.
    const mintDay = Date.UTC(2025, 1, 3) + r.int(0, 510) * 86_400_000;
    const size = r.pick(kind.sizes);
    const names = projectNames(kind, { ...parts, size });
    plans.push({ kind, region, city, mintDay, size, extra, names, mintedTiyn, budgetLineId: 0, ministryId: ministryIds.get(kind.ministry)!, plant: null });
  }
  // Planted schemes and look-alikes (plants.ts), one a project, in projects that have subcontractors (not school meals).
  const eligible = plans.filter((p) => p.kind.key !== "meals");
  for (let i = eligible.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [eligible[i], eligible[j]] = [eligible[j]!, eligible[i]!];
  }
  const plants = plantList(spec.plantsPerKind);
  for (let at = 0; at < plants.length && at < eligible.length; at++) eligible[at]!.plant = plants[at]!;
  return plans;
}
