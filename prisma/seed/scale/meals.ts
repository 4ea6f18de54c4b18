// School meals in the generated dataset (issue 18, decision 0212): per region an education department with its
// programme on a colour of its own (budget line, project, allocation, mint), schools with a February 2026 calendar,
// a staff member and a director each, pupils with vouchers, the month's list built by one and approved by the other,
// canteen operators under contract (tariffs under the programme's ceilings), every meal of the month, and each
// contract's month settled as one coloured payment carrying its attendance sheet's digest.
//
// Small rows go through the BulkWriter; pupils, vouchers, list entries, meals and sheet lines are made in the
// database (INSERT … SELECT), tens of millions of rows without crossing the socket. The rules hold by construction:
// meals only on school days, only for pupils on the approved list, one of each type a pupil a day, inside serving
// hours, at the contract's tariff. Settlements are posted through the colour's in-memory ledger (colour-ledger.ts)
// like every other payment of the generator, so ledger:check and journal:verify hold; the sheet's digest is
// computed by lib/meals/attendance-sheet.ts from the meals as written.
import type pg from "pg";
import { REGIONS, type TRegionCode } from "../../../lib/kz/regions";
import { sheetDigest, sheetLine } from "../../../lib/meals/attendance-sheet";
import { toStoredRules } from "../../../lib/rules/stored-rules";
import type { TPurposeRules } from "../../../lib/rules/types";
import { ColourLedger } from "./colour-ledger";
import type { Ids } from "./ids";
import { PLACES } from "./catalogue";
import { itemNames, mealNames } from "./scale-names";
import { TARIFF_PLANTS } from "./meal-plants";
import type { TTruth } from "./plants";
import type { Random } from "./random";
import type { Registry } from "./registry";
import type { BulkWriter } from "./writer";

export type TMealsSpec = { schools: number; pupils: [min: number, max: number] };
export type TMealsResult = { schools: number; pupils: number; contracts: number; meals: number; settledTiyn: bigint; truth: TTruth[] };

const MONTH = "2026-02-01";
const MONTH_END = "2026-02-28";
const SCHOOL_YEAR = { year: 2025, startsOn: new Date("2025-09-01"), endsOn: new Date("2026-05-31") };
const MINTED_AT = new Date("2025-08-20T04:00:00Z");
const LISTED_AT = new Date("2026-01-29T06:00:00Z");
const SETTLED_AT = new Date("2026-03-02T05:00:00Z");
const CEILINGS = { breakfast: 60_000n, lunch: 90_000n };
/** The tenge a meal a region's canteens quote, drawn evenly from this range (a planted tariff is a multiple of its middle). */
const QUOTES = { breakfast: [380, 420], lunch: [600, 680] } as const;
const WINDOWS = { breakfast: [8 * 60, 9 * 60 + 30], lunch: [12 * 60, 14 * 60] } as const;
const SCHOOLS_PER_CONTRACT = 10;
/** One pupil in this many is not on the month's list (not eligible): never fed. */
const NOT_LISTED_EVERY = 40;
/** Share of (pupil, day, meal) left out as absences, in per cent. */
export const ABSENT_PERCENT = 6;

type TContext = { client: pg.ClientBase; ids: Ids; out: BulkWriter; r: Random; registry: Registry; passwordHash: string; log: (line: string) => void };
type TContract = { id: number; programmeId: number; projectId: number; operatorId: number; ledger: ColourLedger; officialId: number };
type TSchool = { id: number; pupils: number; firstPupil: number; firstVoucher: number; programmeId: number; listId: number };

export async function generateMeals(ctx: TContext & { regions: readonly TRegionCode[]; spec: TMealsSpec }): Promise<TMealsResult> {
  const { regions, spec, log } = ctx;
  const started = Date.now();
  const days = februaryCalendar();
  const contracts: TContract[] = [];
  const schools: TSchool[] = [];
  const ledgers: ColourLedger[] = [];
  const truth: TTruth[] = [];
  for (const [ri, region] of regions.entries()) {
    const count = Math.floor(spec.schools / regions.length) + (ri < spec.schools % regions.length ? 1 : 0);
    if (count === 0) continue;
    const made = setUpRegion(ctx, region, count, spec, days, truth);
    schools.push(...made.schools);
    contracts.push(...made.contracts);
    ledgers.push(made.ledger);
  }
  await ctx.out.flush();
  const pupils = await writePupils(ctx.client, schools);
  log(`  school meals: ${schools.length.toLocaleString("en")} schools, ${pupils.toLocaleString("en")} pupils with vouchers, ${contracts.length} canteen contracts, ${days.filter((d) => d.isSchoolDay).length} school days in February 2026 — ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const { meals, settledTiyn } = await writeAndSettleMeals(ctx, contracts, ledgers, started);
  return { schools: schools.length, pupils, contracts: contracts.length, meals, settledTiyn, truth };
}

/** A region's department, official, programme on a colour of its own, its schools and their canteen contracts. */
function setUpRegion({ ids, out, r, registry, passwordHash }: TContext, region: TRegionCode, count: number, spec: TMealsSpec, days: ReturnType<typeof februaryCalendar>, truth: TTruth[]) {
  const contracts: TContract[] = [];
  const schools: TSchool[] = [];
  const meta = REGIONS.find((x) => x.code === region)!;
  // ── the department, its official and its programme on a colour of its own ──
  const departmentId = ids.nextId("organization");
  const names = mealNames(region, SCHOOL_YEAR.year);
  out.push("organization", [departmentId, "ministry", names.department.nameEn, names.department.nameRu, names.department.nameKk, names.department.nameEn, null, `${PLACES[region][0]}, Abai ave. ${r.int(1, 90)}`, region, null, null, MINTED_AT]);
  const officialId = ids.nextId("app_user");
  out.push("app_user", [officialId, `meals.${region}@edu.gen.kz`, `School meals officer, ${meta.en}`, passwordHash, "official", departmentId, null]);
  const pupilsGuess = BigInt(count * Math.round((spec.pupils[0] + spec.pupils[1]) / 2));
  // The school year's meals at the ceilings, and a tenth more: the colour is never short.
  const mintedTiyn = ((pupilsGuess * (CEILINGS.breakfast + CEILINGS.lunch) * 180n * 11n) / 10n / 100_000n) * 100_000n;
  const lineId = ids.nextId("budget_line");
  out.push("budget_line", [lineId, `04 2 ${800 + REGIONS.findIndex((x) => x.code === region)} 003 015`, "159", SCHOOL_YEAR.year, names.line.nameEn, names.line.nameRu, names.line.nameKk, names.line.nameEn, departmentId, region, (mintedTiyn * 125n) / 100n, MINTED_AT]);
  const projectId = ids.nextId("project");
  out.push("project", [projectId, names.project.nameEn, names.project.nameRu, names.project.nameKk, names.project.nameEn, region, `schools of ${meta.en}`, departmentId, SCHOOL_YEAR.startsOn, SCHOOL_YEAR.endsOn, MINTED_AT]);
  const meal = itemNames({ name: "Hot school meal for one pupil" });
  out.push("estimate_item", [ids.nextId("estimate_item"), projectId, "562910.000.000001", meal.nameEn, meal.nameRu, meal.nameKk, meal.nameEn, "56.29", "порция", pupilsGuess * 400n * 1000n, CEILINGS.lunch]);
  const colourId = ids.nextId("colour");
  const expires = new Date("2026-12-31T18:59:59Z");
  const rules: Omit<TPurposeRules, "version" | "expiresAt"> = { allowedItemCodes: "all", advanceLimitBp: 0, approvalThresholdTiyn: mintedTiyn, exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } };
  const stored = toStoredRules(rules);
  const reason = `Allocation order No. ${r.int(10, 420)}-${SCHOOL_YEAR.year} of the ${meta.en} education department`;
  out.push("colour", [colourId, lineId, projectId, mintedTiyn, expires, officialId, MINTED_AT]);
  out.push("colour_rules", [colourId, 1, JSON.stringify(stored), reason, officialId, MINTED_AT]);
  const ledger = new ColourLedger(colourId, ids, out);
  ledger.journal("rules", { colour: colourId, version: 1, rules: stored, expiresAt: expires.toISOString(), reason, actor: officialId }, MINTED_AT);
  const issuance = ledger.account("issuance", "issuance", MINTED_AT);
  const projectAccount = ledger.account(`project:${projectId}`, "project", MINTED_AT, null, projectId);
  ledger.post({ from: issuance, to: projectAccount, amount: mintedTiyn, kind: "mint", documentType: "allocation", documentId: colourId, actorId: officialId, at: MINTED_AT });
  const programmeId = ids.nextId("meal_programme");
  out.push("meal_programme", [programmeId, colourId, departmentId, SCHOOL_YEAR.year, SCHOOL_YEAR.startsOn, SCHOOL_YEAR.endsOn, "monthly", officialId, MINTED_AT]);
  out.push("meal_ceiling", [programmeId, "breakfast", CEILINGS.breakfast]);
  out.push("meal_ceiling", [programmeId, "lunch", CEILINGS.lunch]);

  // ── schools: calendar, staff and director, pupils, the month's approved list ──
  const regionSchools: number[] = [];
  for (let k = 0; k < count; k++) {
    const id = ids.nextId("school");
    const city = r.pick(PLACES[region]).split(",")[0]!;
    out.push("school", [id, `School No. ${k + 1}, ${city}`, `Школа № ${k + 1}, ${city}`, region, departmentId, MINTED_AT]);
    for (const d of days) out.push("school_calendar_day", [id, d.day, d.isSchoolDay, d.note]);
    const staff = ids.nextId("app_user");
    const director = ids.nextId("app_user");
    out.push("app_user", [staff, `school${id}.staff@edu.gen.kz`, `Meals clerk of school ${id}`, passwordHash, "official", null, null]);
    out.push("app_user", [director, `school${id}.director@edu.gen.kz`, `Director of school ${id}`, passwordHash, "official", null, null]);
    out.push("school_staff", [staff, id, "staff"]);
    out.push("school_staff", [director, id, "director"]);
    const pupils = r.int(spec.pupils[0], spec.pupils[1]);
    const listId = ids.nextId("eligibility_list");
    out.push("eligibility_list", [listId, id, MONTH, staff, director, LISTED_AT, new Date(LISTED_AT.getTime() - 86_400_000)]);
    schools.push({ id, pupils, firstPupil: ids.reserve("pupil", pupils), firstVoucher: ids.reserve("meal_voucher", pupils), programmeId, listId });
    regionSchools.push(id);
  }

  // ── canteen operators under contract, ten schools each ──
  for (let at = 0; at < regionSchools.length; at += SCHOOLS_PER_CONTRACT) {
    const operator = registry.company(region, "catering");
    const id = ids.nextId("canteen_contract");
    out.push("canteen_contract", [id, programmeId, operator.id, `CC-${region}-${at / SCHOOLS_PER_CONTRACT + 1}`, SCHOOL_YEAR.startsOn, SCHOOL_YEAR.endsOn, officialId, new Date("2025-08-25T05:00:00Z")]);
    for (const school of regionSchools.slice(at, at + SCHOOLS_PER_CONTRACT)) out.push("canteen_contract_school", [id, school]);
    // A region's canteens quote within a few per cent of each other (decision 0266); a planted tariff (meal-plants.ts)
    // is a multiple of the region's usual one — the middle of the quotes' range, not this canteen's own quote, which
    // may sit at the bottom of the range and leave a "30 % above" plant under the flag's 20 % (decision 0295) — never
    // above the programme's ceiling.
    const plant = TARIFF_PLANTS.find((t) => t.at === at / SCHOOLS_PER_CONTRACT);
    const tariffs = { breakfast: BigInt(r.int(...QUOTES.breakfast)) * 100n, lunch: BigInt(r.int(...QUOTES.lunch)) * 100n };
    if (plant) {
      const [low, high] = QUOTES[plant.mealType];
      const usual = BigInt(Math.round((low + high) / 2)) * 100n;
      const planted = (usual * BigInt(plant.percent)) / 100n;
      tariffs[plant.mealType] = planted > CEILINGS[plant.mealType] ? CEILINGS[plant.mealType] : planted;
      truth.push({ kind: "meal_tariff", variant: plant.variant, role: plant.isScheme ? "scheme" : "lookalike", colourId, companyId: null, invoiceIds: null, itemCode: null, subject: `canteen_contract:${id}:${plant.mealType}` });
    }
    out.push("canteen_contract_meal", [id, "breakfast", tariffs.breakfast, WINDOWS.breakfast[0], WINDOWS.breakfast[1]]);
    out.push("canteen_contract_meal", [id, "lunch", tariffs.lunch, WINDOWS.lunch[0], WINDOWS.lunch[1]]);
    contracts.push({ id, programmeId, projectId, operatorId: operator.id, ledger, officialId });
  }
  return { schools, contracts, ledger };
}

/** Pupils (a keyed-hash-shaped digest, never an IIN), their vouchers and the month's list, written by the database. */
async function writePupils(client: pg.ClientBase, schools: readonly TSchool[]): Promise<number> {
  const cols = { school: schools.map((s) => s.id), first: schools.map((s) => s.firstPupil), n: schools.map((s) => s.pupils), programme: schools.map((s) => s.programmeId), list: schools.map((s) => s.listId), voucher: schools.map((s) => s.firstVoucher) };
  const perSchool = `unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[]) AS s(school, first, n, programme, list, voucher) CROSS JOIN LATERAL generate_series(0, s.n - 1) g`;
  const args = [cols.school, cols.first, cols.n, cols.programme, cols.list, cols.voucher];
  await client.query(
    `INSERT INTO pupil (id, school_id, iin_hmac, class_name, category, created_at)
     SELECT s.first + g, s.school, encode(sha256(('generated pupil ' || (s.first + g))::bytea), 'hex'), (1 + g % 4) || chr(65 + g / 4 % 4), CASE WHEN g % 5 = 0 THEN 'large family' ELSE 'grades 1-4' END, $7::timestamptz
     FROM ${perSchool}`,
    [...args, "2025-08-28T05:00:00Z"],
  );
  await client.query(
    `INSERT INTO meal_voucher (id, programme_id, pupil_id, secret_hash, status, created_at)
     SELECT s.voucher + g, s.programme, s.first + g, encode(sha256(('generated voucher ' || (s.first + g))::bytea), 'hex'), 'active', $7::timestamptz
     FROM ${perSchool}`,
    [...args, "2025-08-29T05:00:00Z"],
  );
  await client.query(`INSERT INTO eligibility_entry (list_id, pupil_id) SELECT s.list, s.first + g FROM ${perSchool} WHERE g % ${NOT_LISTED_EVERY} <> ${NOT_LISTED_EVERY - 1}`, args);
  return cols.n.reduce((a, b) => a + b, 0);
}

/** Every meal of the month, each contract's month settled through its colour's ledger, the sheets' lines. */
async function writeAndSettleMeals({ client, ids, out, log }: TContext, contracts: readonly TContract[], ledgers: readonly ColourLedger[], started: number) {
  // ── every meal of the month: listed pupils, school days, both meals, some absences, inside serving hours ──
  // Written without the secondary indexes of the two big tables, which are built again afterwards from their own
  // definitions (a sorted build is several times cheaper than ten million index insertions; the unique ones check
  // every row as they are built).
  const { rows: indexes } = await client.query<{ name: string; table: string; def: string }>(
    `SELECT i.indexname AS name, i.tablename AS table, i.indexdef AS def FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename IN ('meal_record', 'meal_settlement_line')
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
  for (const index of indexes) await client.query(`DROP INDEX ${pgIdent(index.name)}`);
  // Each contract's meals come back from their insert (RETURNING, in id order): its month is settled from them — the
  // sheet as settleMeals builds it, paid through the colour's ledger — while the database writes the next contract's.
  type TMealRow = { id: string; day: string; meal_type: string; pupil_id: string; school_id: string; tariff_tiyn: string };
  const asText = { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig;
  const insertMeals = (c: TContract) =>
    client.query<TMealRow>({
      text: `INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, tariff_tiyn, created_at)
       SELECT v.id, p.id, p.school_id, cs.contract_id, t.meal_type, d.day, x.at, floor(extract(epoch FROM x.at) / 30)::bigint,
              $2::int || '/till-' || p.school_id || '-' || (p.id % 3), d.day || '-' || t.meal_type || '-' || v.id, t.tariff_tiyn, x.at
       FROM canteen_contract_school cs
       JOIN eligibility_list l ON l.school_id = cs.school_id AND l.month = $3::date
       JOIN eligibility_entry e ON e.list_id = l.id
       JOIN pupil p ON p.id = e.pupil_id
       JOIN meal_voucher v ON v.pupil_id = p.id AND v.programme_id = $4::int AND v.status = 'active'
       JOIN school_calendar_day d ON d.school_id = cs.school_id AND d.is_school_day AND d.day BETWEEN $3::date AND $5::date
       CROSS JOIN canteen_contract_meal t
       CROSS JOIN LATERAL (SELECT ((d.day + make_interval(mins => t.serves_from_min + (p.id % 80), secs => p.id % 53)) AT TIME ZONE 'UTC') - interval '5 hours' AS at) x
       WHERE cs.contract_id = $1::int AND t.contract_id = $1::int
         AND (v.id::bigint * 7919 + (d.day - date '2026-01-01') * 104729 + CASE WHEN t.meal_type = 'lunch' THEN 31 ELSE 0 END) % 100 >= ${ABSENT_PERCENT}
       ORDER BY d.day, t.meal_type, p.id
       RETURNING id, day, meal_type, pupil_id, school_id, tariff_tiyn`,
      values: [c.id, c.operatorId, MONTH, c.programmeId, MONTH_END],
      types: asText,
    });
  let meals = 0;
  let settledTiyn = 0n;
  let lastLog = Date.now();
  const firstSettlement = ids.peek("meal_settlement");
  const settle = (c: TContract, rows: TMealRow[]) => {
    if (rows.length === 0) return;
    let amount = 0n;
    const sheet = rows
      .map((m) => ({ mealId: BigInt(m.id), day: new Date(`${m.day}T00:00:00Z`), mealType: m.meal_type, pupilId: Number(m.pupil_id), schoolId: Number(m.school_id), tariffTiyn: BigInt(m.tariff_tiyn) }))
      .sort((x, y) => (x.mealId < y.mealId ? -1 : x.mealId > y.mealId ? 1 : 0));
    for (const m of sheet) amount += m.tariffTiyn;
    const digest = sheetDigest(sheet.map(sheetLine));
    const settlementId = ids.nextId("meal_settlement");
    const from = c.ledger.account(`project:${c.projectId}`, "project", MINTED_AT, null, c.projectId);
    const to = c.ledger.company(c.operatorId, SETTLED_AT);
    const note = { attendanceSheet: { contractId: c.id, periodStart: MONTH, periodEnd: MONTH_END, meals: rows.length, digest } };
    const transferId = c.ledger.post({ from, to, amount, kind: "payment", documentType: "meal_settlement", documentId: settlementId, actorId: c.officialId, at: SETTLED_AT, note });
    out.push("meal_settlement", [settlementId, c.id, MONTH, MONTH_END, rows.length, amount, digest, transferId, c.officialId, SETTLED_AT]);
    settledTiyn += amount;
  };
  let previous: { c: TContract; rows: TMealRow[] } | null = null;
  for (const [i, c] of contracts.entries()) {
    const inserting = insertMeals(c);
    if (previous) settle(previous.c, previous.rows);
    const { rows } = await inserting;
    previous = { c, rows };
    meals += rows.length;
    if (Date.now() - lastLog > 3000 || i === contracts.length - 1) {
      lastLog = Date.now();
      log(`  school meals: ${i + 1}/${contracts.length} contracts, ${meals.toLocaleString("en")} meals — ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  }
  if (previous) settle(previous.c, previous.rows);
  for (const ledger of ledgers) ledger.finish(SETTLED_AT);
  await out.flush();
  // One pass over the meals (a hash join on the contract), not one scan a settlement: the meals have no index yet.
  await client.query(`ANALYZE meal_record`);
  await client.query(`SET LOCAL enable_nestloop = off`);
  await client.query(
    `INSERT INTO meal_settlement_line (settlement_id, meal_id)
     SELECT s.id, m.id FROM meal_settlement s JOIN meal_record m ON m.contract_id = s.contract_id AND m.day BETWEEN s.period_start AND s.period_end
     WHERE s.id >= $1`,
    [firstSettlement],
  );
  await client.query(`RESET enable_nestloop`);
  log(`  school meals: ${meals.toLocaleString("en")} meals settled in ${contracts.length} payments — ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const index of indexes) await client.query(index.def);
  log(`  school meals: indexes built — ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { meals, settledTiyn };
}

const pgIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** February 2026: weekdays are school days, weekends are not. */
function februaryCalendar(): { day: Date; isSchoolDay: boolean; note: string | null }[] {
  const out = [];
  for (let d = 1; d <= 28; d++) {
    const day = new Date(Date.UTC(2026, 1, d));
    const weekend = day.getUTCDay() % 6 === 0;
    out.push({ day, isSchoolDay: !weekend, note: weekend ? "weekend" : null });
  }
  return out;
}
