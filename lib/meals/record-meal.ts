import "server-only";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { ledgerPool, pool } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { databaseErrorOf } from "../ledger/refusal";
import { withRetry } from "../ledger/retry";
import { bigintTypes } from "../ledger/sql";
import { mealTokenKey } from "./keys";
import { almatyDate, almatyMinute, isDeviceId, isoDay, isScanTimeAcceptable, MEAL_TYPES, type TMealType, type TScanRefusal } from "./rules";
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

/** What a scan is recorded with: the school and meal type if they are valid, the scan's moment if it is one. */
function shownOf(ctx: TContext) {
  const scannedAt = ctx.scan?.scannedAt instanceof Date && !Number.isNaN(ctx.scan.scannedAt.getTime()) ? ctx.scan.scannedAt : ctx.now;
  const schoolId = Number.isSafeInteger(ctx.scan?.schoolId) && ctx.scan.schoolId > 0 && ctx.scan.schoolId <= 2_147_483_647 ? ctx.scan.schoolId : null;
  const mealType = MEAL_TYPES.includes(ctx.scan?.mealType) ? ctx.scan.mealType : null;
  return { scannedAt, schoolId, mealType };
}

/** What a refusal is recorded with: the scan as shownOf reads it, its code and parameters. */
function refusalRow(ctx: TContext, r: TRefusal) {
  const { scannedAt, schoolId, mealType } = shownOf(ctx);
  const params = r.params ?? {};
  return { code: r.code, operatorId: ctx.operatorId, device: deviceKey(ctx.operatorId, ctx.device), clientScanId: ctx.scan.clientScanId, voucherId: r.voucherId ?? null, schoolId, scannedAt, mealType, details: JSON.stringify({ params, mealType }), params };
}

/** A scan as meal_scans_record() reads it (prisma/sql/functions/meal_scans_record.sql). */
function scanJson(it: TItem, ord: number) {
  const row = shownOf(it.ctx);
  const base = { ord, device: it.key, scan: it.ctx.scan.clientScanId, operator: it.ctx.operatorId, school: row.schoolId, shown_meal: row.mealType, scanned_at: row.scannedAt.toISOString() };
  if (it.early) return { ...base, early: it.early.code, early_params: it.early.params ?? {} };
  return { ...base, meal: it.ctx.scan.mealType, voucher: it.voucherId, slice: String(it.slice), day: isoDay(it.day!), minute: almatyMinute(it.ctx.scan.scannedAt) };
}

type TRow = { out_ord: number; out_status: "served" | "refused"; out_duplicate: boolean; out_meal_id: bigint | null; out_day: string | null; out_meal_type: TMealType | null; out_code: TScanRefusal | null; out_params: Record<string, string> | null };

/** The group's one statement: the schools' lists locked, every scan judged in order and its meal or refusal written. */
const RECORD = `SELECT * FROM meal_scans_record($1::jsonb)`;

/**
 * A group of scans judged in the order given, in one transaction and one round trip (decisions 0210, 0243): the call
 * alone, its own transaction (committed, durably, before the answer comes back): no BEGIN, SET and COMMIT to parse
 * and run, the scans a parameter rather than a literal the parser reads. (Not a named prepared statement: the
 * embedded database, and a transaction-mode pooler, share one session between clients.) The checks and their order
 * are decision 0155's, in the function, whose statements use their cached plans as they are (its SET clause).
 */
function judgeOnce(items: readonly TItem[]): Promise<TScanResult[]> {
  return withRetry(async () => {
    const client = await ledgerPool().connect();
    try {
      const { rows } = await client.query<TRow>({ text: RECORD, values: [JSON.stringify(items.map(scanJson))], types: bigintTypes });
      const results: TScanResult[] = new Array(items.length);
      for (const r of rows) {
        const clientScanId = items[r.out_ord]!.ctx.scan.clientScanId;
        results[r.out_ord] =
          r.out_status === "served"
            ? { status: "served", clientScanId, mealId: BigInt(r.out_meal_id!), day: r.out_day!, mealType: r.out_meal_type!, duplicate: r.out_duplicate }
            : { status: "refused", clientScanId, code: r.out_code!, params: r.out_params ?? {}, duplicate: r.out_duplicate };
      }
      return results;
    } finally {
      client.release();
    }
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

// The group commit (decision 0210), in lanes by school (decision 0242): scans arriving while a lane's group is being
// judged wait for that lane's next group, so at n concurrent scans one transaction carries up to n of them. Each
// lane judges one group at a time, which keeps the order in which a school's scans arrived (a school is always in the
// same lane); the lanes run side by side, each on its own connection, and never contend: a group locks only its
// schools' monthly lists, and two lanes never hold the same school. Several processes (or the offline batches,
// judged on their own) are kept apart by those locks; two lanes racing past one device's scan id or one token (a
// device scanning at two schools) meet at a unique key and the loser is judged again (judge() above).
const GROUP_MAX = 500;
type TWaiting = { item: TItem; resolve: (r: TScanResult) => void; reject: (e: unknown) => void };
type TLane = { waiting: TWaiting[]; judging: boolean };
let lanes: TLane[] | null = null;
/** The process's lanes, MEAL_SCAN_LANES of them (default 4: more than the cores, fewer than the pool's connections). */
const allLanes = (): TLane[] => (lanes ??= Array.from({ length: env().MEAL_SCAN_LANES }, () => ({ waiting: [], judging: false })));

/** The lane of a school's scans: by its id; a scan without a valid school (refused early) goes to the first. */
export const scanLaneOf = (schoolId: unknown): number => (typeof schoolId === "number" && Number.isSafeInteger(schoolId) && schoolId > 0 ? schoolId % allLanes().length : 0);

function enqueue(item: TItem): Promise<TScanResult> {
  return new Promise((resolve, reject) => {
    const lane = allLanes()[scanLaneOf(item.ctx.scan.schoolId)]!;
    lane.waiting.push({ item, resolve, reject });
    pump(lane);
  });
}

function pump(lane: TLane): void {
  if (lane.judging || lane.waiting.length === 0) return;
  lane.judging = true;
  const group = lane.waiting.splice(0, GROUP_MAX);
  judge(group.map((w) => w.item))
    .then(
      (results) => group.forEach((w, i) => w.resolve(results[i]!)),
      (error) => group.forEach((w) => w.reject(error)),
    )
    .finally(() => {
      lane.judging = false;
      // The next group leaves once the scans answered now had their turn to send their next ones (a till answered
      // scans the next pupil at once): fewer, fuller groups, each a transaction's fixed cost shared by more scans.
      setImmediate(() => pump(lane));
    });
}

async function saveRefusal(ctx: TContext, r: TRefusal, shownScanId?: string): Promise<TScanResult> {
  const row = refusalRow(ctx, r);
  await query(
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
