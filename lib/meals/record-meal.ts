import "server-only";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { pool } from "../db";
import { DomainError } from "../errors";
import { databaseErrorOf } from "../ledger/refusal";
import { bigintTypes, withSqlTransaction, type TSql } from "../ledger/sql";
import { mealTokenKey } from "./keys";
import { almatyDate, almatyMinute, isDeviceId, isoDay, isScanTimeAcceptable, isWithinServingHours, MEAL_TYPES, monthOf, type TMealType, type TScanRefusal } from "./rules";
import { operatorOf } from "./scope";
import { verifyMealToken } from "./token";

// The canteen's scan (decision 0155): a rotating token read from the parent's screen becomes one meal served, or a
// refusal with its reason, recorded for investigators. Idempotent per (device, client scan id): a device that was
// offline sends its stored scans again and again, and each counts once. Concurrent scans are judged in groups, one
// transaction a group (decision 0210), with the same checks in the same order as one scan alone.

export type TScan = { schoolId: number; mealType: TMealType; scanToken: string; scannedAt: Date; clientScanId: string };
export type TScanResult =
  | { status: "served"; clientScanId: string; mealId: bigint; day: string; mealType: TMealType; duplicate: boolean }
  | { status: "refused"; clientScanId: string; code: TScanRefusal; params: Record<string, string>; duplicate: boolean };

type TRefusal = { code: TScanRefusal; params?: Record<string, string>; voucherId?: number | null };
type TContext = { operatorId: number; device: string; scan: TScan; now: Date };

const refuse = (code: TScanRefusal, params: Record<string, string> = {}, voucherId: number | null = null): TRefusal => ({ code, params, voucherId });

/** The device as stored: qualified by its operator, so two operators' devices never share scan ids. */
const deviceKey = (operatorId: number, device: string) => `${operatorId}/${device}`;

export async function recordMeal({ actor, device, scan, now = new Date() }: { actor: TActor; device: string; scan: TScan; now?: Date }): Promise<TScanResult> {
  const operatorId = operatorOf(actor);
  const ctx: TContext = { operatorId, device, scan, now };
  if (!isDeviceId(device) || !isDeviceId(scan?.clientScanId)) return malformedKey(ctx);
  return enqueue(prepare(ctx));
}

/** No key to be idempotent on: recorded under a fresh one, so investigators still see the attempt. */
function malformedKey(ctx: TContext): Promise<TScanResult> {
  const { device, scan } = ctx;
  return saveRefusal({ ...ctx, device: isDeviceId(device) ? device : "invalid", scan: { ...scan, clientScanId: `invalid-${crypto.randomUUID()}` } }, refuse("SCAN_MALFORMED"), String(scan?.clientScanId ?? ""));
}

const query = async <R>(text: string, params: readonly unknown[]): Promise<R[]> => (await pool().query({ text, values: [...params], types: bigintTypes })).rows as R[];

type TEarlier = { earlier_meal: { id: string; day: string; mealType: TMealType } | null; earlier_refusal: { code: TScanRefusal; details: { params?: Record<string, string> } } | null };

function earlierOf(row: TEarlier | undefined, clientScanId: string): TScanResult | null {
  const meal = row?.earlier_meal;
  if (meal) return { status: "served", clientScanId, mealId: BigInt(meal.id), day: meal.day, mealType: meal.mealType, duplicate: true };
  const refused = row?.earlier_refusal;
  if (refused) return { status: "refused", clientScanId, code: refused.code, params: refused.details?.params ?? {}, duplicate: true };
  return null;
}

/**
 * A scan as the group judges it: what needs no database is judged here (shape, time, token) and kept as `early`;
 * the rest is judged under the list locks. `day` is null when the scan never reaches the database's checks.
 */
type TItem = { ctx: TContext; key: string; early: TRefusal | null; voucherId: number | null; slice: bigint | null; day: Date | null };

function prepare(ctx: TContext): TItem {
  const { scan, now } = ctx;
  const key = deviceKey(ctx.operatorId, ctx.device);
  const scannedAt = scan.scannedAt instanceof Date ? scan.scannedAt : new Date(NaN);
  const none = { ctx, key, voucherId: null, slice: null, day: null };
  if (!Number.isSafeInteger(scan.schoolId) || scan.schoolId <= 0 || scan.schoolId > 2_147_483_647 || !MEAL_TYPES.includes(scan.mealType)) return { ...none, early: refuse("SCAN_MALFORMED") };
  if (!isScanTimeAcceptable(scannedAt, now)) return { ...none, early: refuse("SCAN_TIME_INVALID", { scannedAt: Number.isNaN(scannedAt.getTime()) ? "" : scannedAt.toISOString() }) };
  const token = verifyMealToken(mealTokenKey(), scan.scanToken, scannedAt);
  if (!token.ok) return { ...none, early: refuse(token.code) };
  return { ctx, key, early: null, voucherId: token.voucherId, slice: token.slice, day: almatyDate(scannedAt) };
}

type TFacts = TEarlier & {
  ord: bigint;
  voucher_id: number | null;
  voucher_status: string | null;
  pupil_id: number | null;
  contract_id: number | null;
  tariff_tiyn: bigint | null;
  serves_from_min: number | null;
  serves_to_min: number | null;
  is_school_day: boolean | null;
  note: string | null;
  list_id: number | null;
  approved: boolean | null;
  listed: boolean | null;
  replayed_at: Date | null;
  served: boolean;
  eligible: bigint;
  meals: bigint;
};

/** The monthly lists of the group's schools, locked in one order (id) so that two groups never deadlock. */
const LOCK = `SELECT id FROM eligibility_list WHERE (school_id, month) IN (SELECT * FROM unnest($1::int[], $2::date[])) ORDER BY id FOR UPDATE`;
/** Everything the group is judged on, one row a scan (prisma/sql/functions/meal_scans_facts.sql). */
const FACTS = `SELECT * FROM meal_scans_facts($1::text[], $2::text[], $3::int[], $4::int[], $5::"MealType"[], $6::int[], $7::date[], $8::bigint[])`;
const INSERT_MEALS = `
  INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, recorded_by_id, tariff_tiyn)
  SELECT v, p, s, c, m, d, a, t, dev, scan, NULL, tariff
  FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::"MealType"[], $6::date[], $7::timestamptz[], $8::bigint[], $9::text[], $10::text[], $11::bigint[]) AS u(v, p, s, c, m, d, a, t, dev, scan, tariff)
  RETURNING id, device_id, client_scan_id`;
const INSERT_REFUSALS = `
  INSERT INTO refused_scan (code, operator_id, device_id, client_scan_id, voucher_id, school_id, scanned_at, details)
  SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::timestamptz[], $8::jsonb[])
  ON CONFLICT (device_id, client_scan_id) DO NOTHING`;

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** What the device's own record of a refusal says, as saveRefusal writes it. */
function refusalRow(ctx: TContext, r: TRefusal) {
  const scannedAt = ctx.scan?.scannedAt instanceof Date && !Number.isNaN(ctx.scan.scannedAt.getTime()) ? ctx.scan.scannedAt : ctx.now;
  const params = r.params ?? {};
  const schoolId = Number.isSafeInteger(ctx.scan?.schoolId) && ctx.scan.schoolId > 0 && ctx.scan.schoolId <= 2_147_483_647 ? ctx.scan.schoolId : null;
  const details = JSON.stringify({ params, mealType: MEAL_TYPES.includes(ctx.scan?.mealType) ? ctx.scan.mealType : null });
  return { code: r.code, operatorId: ctx.operatorId, device: deviceKey(ctx.operatorId, ctx.device), clientScanId: ctx.scan.clientScanId, voucherId: r.voucherId ?? null, schoolId, scannedAt, details, params };
}

/**
 * A group of scans judged in the order given, in one transaction (decision 0210): the lists of the group's schools
 * locked (scans of one school queue here, as one scan did before), the facts of every scan read in one statement,
 * then each scan judged in order exactly as decision 0155 orders the checks — its earlier answer (in the database or
 * earlier in the group), the checks that need no lock, then under the lock the token not spent, no meal of this type
 * today, and no more meals today than pupils on the list, counting the group's own meals on top of the database's —
 * and the meals and refusals written in one statement each, with COMMIT. Three round trips a group, whatever its size.
 */
function judgeOnce(items: readonly TItem[]): Promise<TScanResult[]> {
  return withSqlTransaction(async (sql, last) => {
    const locks = new Map<string, [number, string]>();
    for (const it of items) if (!it.early && it.day) locks.set(`${it.ctx.scan.schoolId}|${isoDay(monthOf(it.day))}`, [it.ctx.scan.schoolId, isoDay(monthOf(it.day))]);
    const pairs = [...locks.values()];
    const factsArgs = [
      items.map((it) => it.key),
      items.map((it) => it.ctx.scan.clientScanId),
      items.map((it) => it.voucherId),
      items.map((it) => (it.early ? null : it.ctx.scan.schoolId)),
      items.map((it) => (it.early ? null : it.ctx.scan.mealType)),
      items.map((it) => it.ctx.operatorId),
      items.map((it) => (it.day ? isoDay(it.day) : null)),
      items.map((it) => (it.slice == null ? null : it.slice.toString())),
    ];
    const [, facts] = await Promise.all([pairs.length ? sql(LOCK, [pairs.map((p) => p[0]), pairs.map((p) => p[1])]) : null, sql<TFacts>(FACTS, factsArgs)]);

    const results: (TScanResult | null)[] = new Array(items.length).fill(null);
    const firstOf = new Map<string, number>(); // device key + scan id → the item that answered it first in this group
    const again: [number, number][] = [];
    const spent = new Map<string, Date>(); // voucher + slice → when the group's meal spent it
    const fed = new Set<string>(); // pupil + day + meal type served in this group
    const added = new Map<string, number>(); // school + day + meal type → meals the group added
    const meals: { at: number; it: TItem; f: TFacts }[] = [];
    const refusals: ReturnType<typeof refusalRow>[] = [];

    const refused = (i: number, it: TItem, r: TRefusal) => {
      refusals.push(refusalRow(it.ctx, r));
      results[i] = { status: "refused", clientScanId: it.ctx.scan.clientScanId, code: r.code, params: r.params ?? {}, duplicate: false };
    };
    items.forEach((it, i) => {
      const { scan } = it.ctx;
      const f = facts[i]!;
      const id = `${it.key}\n${scan.clientScanId}`;
      const first = firstOf.get(id);
      if (first !== undefined) return void again.push([i, first]);
      firstOf.set(id, i);
      const earlier = earlierOf(f, scan.clientScanId);
      if (earlier) return void (results[i] = earlier);
      if (it.early) return refused(i, it, it.early);
      const day = isoDay(it.day!);
      if (f.voucher_id == null || f.voucher_status !== "active") return refused(i, it, refuse("VOUCHER_NOT_ACTIVE", { status: f.voucher_status ?? "unknown" }, f.voucher_id ?? null));
      const ref = (code: TScanRefusal, params: Record<string, string> = {}) => refused(i, it, refuse(code, params, f.voucher_id));
      if (f.contract_id == null) return ref("NO_CANTEEN_CONTRACT", { school: String(scan.schoolId), day, mealType: scan.mealType });
      if (!f.is_school_day) return ref("NOT_A_SCHOOL_DAY", { day, note: f.note ?? "" });
      const minute = almatyMinute(scan.scannedAt);
      const window = { servesFromMin: f.serves_from_min!, servesToMin: f.serves_to_min! };
      if (!isWithinServingHours(minute, window)) return ref("OUTSIDE_SERVING_HOURS", { at: hhmm(minute), from: hhmm(window.servesFromMin), to: hhmm(window.servesToMin), mealType: scan.mealType });
      if (f.list_id == null || !f.approved || !f.listed) return ref("PUPIL_NOT_ELIGIBLE", { school: String(scan.schoolId), month: isoDay(monthOf(it.day!)).slice(0, 7) });
      // Under the list's lock.
      const token = `${f.voucher_id}|${it.slice}`;
      const replayedAt = f.replayed_at ?? spent.get(token);
      if (replayedAt) return ref("MEAL_TOKEN_REPLAYED", { servedAt: new Date(replayedAt).toISOString() });
      const pupilDay = `${f.pupil_id}|${day}|${scan.mealType}`;
      if (f.served || fed.has(pupilDay)) return ref("MEAL_ALREADY_SERVED", { day, mealType: scan.mealType });
      const schoolDay = `${scan.schoolId}|${day}|${scan.mealType}`;
      const served = Number(f.meals) + (added.get(schoolDay) ?? 0);
      if (served >= Number(f.eligible)) return ref("DAILY_MEALS_EXCEED_ELIGIBLE", { eligible: String(f.eligible), served: String(served), day, mealType: scan.mealType });
      spent.set(token, scan.scannedAt);
      fed.add(pupilDay);
      added.set(schoolDay, (added.get(schoolDay) ?? 0) + 1);
      meals.push({ at: i, it, f });
    });

    const writes: Promise<unknown>[] = [];
    const send = (text: string, params: unknown[], isLast: boolean) => (isLast ? last : sql)(text, params);
    let inserted: Promise<{ id: bigint; device_id: string; client_scan_id: string }[]> = Promise.resolve([]);
    if (meals.length) {
      const col = <T>(pick: (m: (typeof meals)[number]) => T) => meals.map(pick);
      inserted = send(
        INSERT_MEALS,
        [
          col((m) => m.f.voucher_id),
          col((m) => m.f.pupil_id),
          col((m) => m.it.ctx.scan.schoolId),
          col((m) => m.f.contract_id),
          col((m) => m.it.ctx.scan.mealType),
          col((m) => isoDay(m.it.day!)),
          col((m) => m.it.ctx.scan.scannedAt.toISOString()),
          col((m) => m.it.slice!.toString()),
          col((m) => m.it.key),
          col((m) => m.it.ctx.scan.clientScanId),
          col((m) => String(m.f.tariff_tiyn)),
        ],
        refusals.length === 0,
      ) as Promise<{ id: bigint; device_id: string; client_scan_id: string }[]>;
      writes.push(inserted);
    }
    if (refusals.length) {
      const col = <T>(pick: (r: (typeof refusals)[number]) => T) => refusals.map(pick);
      writes.push(
        send(
          INSERT_REFUSALS,
          [col((r) => r.code), col((r) => r.operatorId), col((r) => r.device), col((r) => r.clientScanId), col((r) => r.voucherId), col((r) => r.schoolId), col((r) => r.scannedAt.toISOString()), col((r) => r.details)],
          true,
        ),
      );
    }
    await Promise.all(writes);
    const ids = new Map((await inserted).map((r) => [`${r.device_id}\n${r.client_scan_id}`, BigInt(r.id)]));
    for (const { at, it } of meals) {
      const { scan } = it.ctx;
      results[at] = { status: "served", clientScanId: scan.clientScanId, mealId: ids.get(`${it.key}\n${scan.clientScanId}`)!, day: isoDay(it.day!), mealType: scan.mealType, duplicate: false };
    }
    // The same scan twice in one group (two sends racing): the second reads as the first's answer, as it would have
    // read it in the database had it come a moment later.
    for (const [i, first] of again) results[i] = { ...results[first]!, clientScanId: items[i]!.ctx.scan.clientScanId, duplicate: true };
    return results as TScanResult[];
  });
}

/**
 * A group judged, again if another transaction's meal took one of its unique keys first (two processes, or two groups,
 * racing past the same token or scan id: the group is judged again and reads it as the replay or duplicate it is).
 * If a group fails for any other reason, each of its scans is judged alone, so one scan's fault is only its own.
 */
async function judge(items: readonly TItem[]): Promise<TScanResult[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await judgeOnce(items);
    } catch (error) {
      if (databaseErrorOf(error)?.sqlstate === "23505" && attempt < 3) continue;
      if (items.length === 1) throw error;
      const alone: TScanResult[] = [];
      for (const it of items) alone.push(...(await judge([it])));
      return alone;
    }
  }
}

// The group commit (decision 0210): scans arriving while a group is being judged wait for the next group, so at
// n concurrent scans one transaction carries up to n of them. One group at a time per process keeps the order in
// which scans arrived; several processes (or the offline batches, judged on their own) are kept apart by the locks.
const GROUP_MAX = 500;
type TWaiting = { item: TItem; resolve: (r: TScanResult) => void; reject: (e: unknown) => void };
const waiting: TWaiting[] = [];
let judging = false;

function enqueue(item: TItem): Promise<TScanResult> {
  return new Promise((resolve, reject) => {
    waiting.push({ item, resolve, reject });
    pump();
  });
}

function pump(): void {
  if (judging || waiting.length === 0) return;
  judging = true;
  const group = waiting.splice(0, GROUP_MAX);
  judge(group.map((w) => w.item))
    .then(
      (results) => group.forEach((w, i) => w.resolve(results[i]!)),
      (error) => group.forEach((w) => w.reject(error)),
    )
    .finally(() => {
      judging = false;
      pump();
    });
}

async function saveRefusal(ctx: TContext, r: TRefusal, shownScanId?: string, sql?: TSql): Promise<TScanResult> {
  const row = refusalRow(ctx, r);
  await (sql ?? query)(
    `INSERT INTO refused_scan (code, operator_id, device_id, client_scan_id, voucher_id, school_id, scanned_at, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     ON CONFLICT (device_id, client_scan_id) DO NOTHING`,
    [row.code, row.operatorId, row.device, row.clientScanId, row.voucherId, row.schoolId, row.scannedAt, row.details],
  );
  return { status: "refused", clientScanId: shownScanId ?? ctx.scan.clientScanId, code: r.code, params: row.params, duplicate: false };
}

export const BATCH_MAX = 500;

/**
 * A device's stored scans, sent when it is back online: judged in the order they were scanned, each once — as one
 * group of its own, in one transaction (decision 0210).
 */
export async function recordMealsBatch({ actor, device, scans, now = new Date() }: { actor: TActor; device: string; scans: TScan[]; now?: Date }): Promise<TScanResult[]> {
  const operatorId = operatorOf(actor);
  if (!Array.isArray(scans) || scans.length > BATCH_MAX) throw new DomainError("BATCH_TOO_LARGE", { max: BATCH_MAX });
  const timeOf = (s: TScan | null | undefined) => (s?.scannedAt instanceof Date ? s.scannedAt.getTime() : 0) || 0;
  const ordered = [...scans].sort((a, b) => timeOf(a) - timeOf(b));
  const results: (TScanResult | null)[] = ordered.map(() => null);
  const items: { at: number; item: TItem }[] = [];
  for (const [at, scan] of ordered.entries()) {
    const ctx: TContext = { operatorId, device, scan, now };
    if (!isDeviceId(device) || !isDeviceId(scan?.clientScanId)) results[at] = await malformedKey(ctx);
    else items.push({ at, item: prepare(ctx) });
  }
  if (items.length) (await judge(items.map((i) => i.item))).forEach((r, k) => (results[items[k]!.at] = r));
  return results as TScanResult[];
}
