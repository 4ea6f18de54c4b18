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
// offline sends its stored scans again and again, and each counts once.

export type TScan = { schoolId: number; mealType: TMealType; scanToken: string; scannedAt: Date; clientScanId: string };
export type TScanResult =
  | { status: "served"; clientScanId: string; mealId: bigint; day: string; mealType: TMealType; duplicate: boolean }
  | { status: "refused"; clientScanId: string; code: TScanRefusal; params: Record<string, string>; duplicate: boolean };

type TRefusal = { code: TScanRefusal; params?: Record<string, string>; voucherId?: number | null };
type TContext = { operatorId: number; device: string; scan: TScan; now: Date };
type TReady = { voucherId: number; pupilId: number; slice: bigint; day: Date; listId: number; contractId: number; tariffTiyn: bigint };

const refuse = (code: TScanRefusal, params: Record<string, string> = {}, voucherId: number | null = null): TRefusal => ({ code, params, voucherId });
const isRefusal = (v: TRefusal | TReady): v is TRefusal => "code" in v;

/** The device as stored: qualified by its operator, so two operators' devices never share scan ids. */
const deviceKey = (operatorId: number, device: string) => `${operatorId}/${device}`;

export async function recordMeal({ actor, device, scan, now = new Date() }: { actor: TActor; device: string; scan: TScan; now?: Date }): Promise<TScanResult> {
  const operatorId = operatorOf(actor);
  const ctx: TContext = { operatorId, device, scan, now };
  if (!isDeviceId(device) || !isDeviceId(scan?.clientScanId)) {
    // No key to be idempotent on: recorded under a fresh one, so investigators still see the attempt.
    return saveRefusal({ ...ctx, device: isDeviceId(device) ? device : "invalid", scan: { ...scan, clientScanId: `invalid-${crypto.randomUUID()}` } }, refuse("SCAN_MALFORMED"), String(scan?.clientScanId ?? ""));
  }
  const checked = await checkScan(ctx);
  if ("status" in checked) return checked;
  if (isRefusal(checked)) return saveRefusal(ctx, checked);
  try {
    return await commitMeal(ctx, checked);
  } catch (error) {
    // Two devices (or two sends of one batch) raced past the checks: the unique keys let one meal in; the other is
    // judged again and reads as the replay or duplicate it is.
    if (databaseErrorOf(error)?.sqlstate !== "23505") throw error;
    return commitMeal(ctx, checked);
  }
}

const query = async <R>(text: string, params: readonly unknown[]): Promise<R[]> => (await pool().query({ text, values: [...params], types: bigintTypes })).rows as R[];

/** The first outcome of this device's scan id (as a subquery's columns: `earlier_meal` and `earlier_refusal`). */
const EARLIER = `
  (SELECT json_build_object('id', id::text, 'day', day::text, 'mealType', meal_type) FROM meal_record WHERE device_id = $1 AND client_scan_id = $2) AS earlier_meal,
  (SELECT json_build_object('code', code, 'details', details) FROM refused_scan WHERE device_id = $1 AND client_scan_id = $2) AS earlier_refusal`;
type TEarlier = { earlier_meal: { id: string; day: string; mealType: TMealType } | null; earlier_refusal: { code: TScanRefusal; details: { params?: Record<string, string> } } | null };

function earlierOf(row: TEarlier | undefined, clientScanId: string): TScanResult | null {
  const meal = row?.earlier_meal;
  if (meal) return { status: "served", clientScanId, mealId: BigInt(meal.id), day: meal.day, mealType: meal.mealType, duplicate: true };
  const refused = row?.earlier_refusal;
  if (refused) return { status: "refused", clientScanId, code: refused.code, params: refused.details?.params ?? {}, duplicate: true };
  return null;
}

type TFacts = TEarlier & {
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
};

/** Everything a scan is judged on before the meal is written, read in one statement (prisma/sql/functions/meal_scan_facts.sql). */
const FACTS = `SELECT * FROM meal_scan_facts($1, $2, $3, $4, $5, $6, $7::date, $8::date)`;

/** Everything that can be judged before the meal is written: token, voucher, contract, calendar, hours, list. */
async function checkScan(ctx: TContext): Promise<TScanResult | TRefusal | TReady> {
  const { operatorId, scan, now } = ctx;
  const device = deviceKey(operatorId, ctx.device);
  const scannedAt = scan.scannedAt instanceof Date ? scan.scannedAt : new Date(NaN);
  const early = (): TRefusal | null => {
    if (!Number.isSafeInteger(scan.schoolId) || scan.schoolId <= 0 || scan.schoolId > 2_147_483_647 || !MEAL_TYPES.includes(scan.mealType)) return refuse("SCAN_MALFORMED");
    if (!isScanTimeAcceptable(scannedAt, now)) return refuse("SCAN_TIME_INVALID", { scannedAt: Number.isNaN(scannedAt.getTime()) ? "" : scannedAt.toISOString() });
    return null;
  };
  const first = early();
  const token = first ? null : verifyMealToken(mealTokenKey(), scan.scanToken, scannedAt);
  if (first || !token?.ok) {
    // Refused without the database; a scan id sent before still gets its first answer.
    const [row] = await query<TEarlier>(`SELECT ${EARLIER}`, [device, scan.clientScanId]);
    return earlierOf(row, scan.clientScanId) ?? first ?? refuse((token as { code: TScanRefusal }).code);
  }
  const day = almatyDate(scannedAt);
  const [f] = await query<TFacts>(FACTS, [device, scan.clientScanId, token.voucherId, scan.schoolId, scan.mealType, operatorId, isoDay(day), isoDay(monthOf(day))]);
  const earlier = earlierOf(f, scan.clientScanId);
  if (earlier) return earlier;
  if (f?.voucher_id == null || f.voucher_status !== "active") return refuse("VOUCHER_NOT_ACTIVE", { status: f?.voucher_status ?? "unknown" }, f?.voucher_id ?? null);
  const ref = (code: TScanRefusal, params: Record<string, string> = {}) => refuse(code, params, f.voucher_id);
  if (f.contract_id == null) return ref("NO_CANTEEN_CONTRACT", { school: String(scan.schoolId), day: isoDay(day), mealType: scan.mealType });
  if (!f.is_school_day) return ref("NOT_A_SCHOOL_DAY", { day: isoDay(day), note: f.note ?? "" });
  const minute = almatyMinute(scannedAt);
  const window = { servesFromMin: f.serves_from_min!, servesToMin: f.serves_to_min! };
  if (!isWithinServingHours(minute, window)) return ref("OUTSIDE_SERVING_HOURS", { at: hhmm(minute), from: hhmm(window.servesFromMin), to: hhmm(window.servesToMin), mealType: scan.mealType });
  if (f.list_id == null || !f.approved || !f.listed) return ref("PUPIL_NOT_ELIGIBLE", { school: String(scan.schoolId), month: isoDay(monthOf(day)).slice(0, 7) });
  return { voucherId: f.voucher_id, pupilId: f.pupil_id!, slice: token.slice, day, listId: f.list_id, contractId: f.contract_id, tariffTiyn: BigInt(f.tariff_tiyn!) };
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** What the meal's own transaction reads after taking the list's lock (prisma/sql/functions/meal_scan_under_lock.sql). */
const UNDER_LOCK = `SELECT * FROM meal_scan_under_lock($1, $2, $3, $4, $5, $6::date, $7, $8, $9)`;

/**
 * Under the lock of the school's monthly list (scans of one school queue here, other schools go on): the token not
 * spent, no meal of this type today, and no more meals today than pupils on the list; then the meal. Two round trips
 * without the ORM: the lock and the checks (pipelined; in READ COMMITTED the checks' snapshot is taken once the lock
 * is held, so they see every meal committed before it), then the meal or the refusal with COMMIT.
 */
async function commitMeal(ctx: TContext, r: TReady): Promise<TScanResult> {
  const { scan } = ctx;
  const device = deviceKey(ctx.operatorId, ctx.device);
  const day = isoDay(r.day);
  return withSqlTransaction(async (sql, last) => {
    const [, [c]] = await Promise.all([
      sql(`SELECT id FROM eligibility_list WHERE id = $1 FOR UPDATE`, [r.listId]),
      sql<TEarlier & { replayed_at: Date | null; served: boolean; eligible: bigint; meals: bigint }>(UNDER_LOCK, [device, scan.clientScanId, r.voucherId, r.slice, r.pupilId, day, scan.mealType, r.listId, scan.schoolId]),
    ]);
    const earlier = earlierOf(c, scan.clientScanId);
    if (earlier) return earlier;
    if (c!.replayed_at) return saveRefusal(ctx, refuse("MEAL_TOKEN_REPLAYED", { servedAt: new Date(c!.replayed_at).toISOString() }, r.voucherId), undefined, last);
    if (c!.served) return saveRefusal(ctx, refuse("MEAL_ALREADY_SERVED", { day, mealType: scan.mealType }, r.voucherId), undefined, last);
    if (c!.meals >= c!.eligible) {
      return saveRefusal(ctx, refuse("DAILY_MEALS_EXCEED_ELIGIBLE", { eligible: String(c!.eligible), served: String(c!.meals), day, mealType: scan.mealType }, r.voucherId), undefined, last);
    }
    const [meal] = await last<{ id: bigint }>(
      `INSERT INTO meal_record (voucher_id, pupil_id, school_id, contract_id, meal_type, day, served_at, token_slice, device_id, client_scan_id, recorded_by_id, tariff_tiyn)
       VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10, NULL, $11) RETURNING id`,
      [r.voucherId, r.pupilId, scan.schoolId, r.contractId, scan.mealType, day, scan.scannedAt, r.slice, device, scan.clientScanId, r.tariffTiyn],
    );
    return { status: "served", clientScanId: scan.clientScanId, mealId: BigInt(meal!.id), day, mealType: scan.mealType, duplicate: false };
  });
}

async function saveRefusal(ctx: TContext, r: TRefusal, shownScanId?: string, sql?: TSql): Promise<TScanResult> {
  const scannedAt = ctx.scan?.scannedAt instanceof Date && !Number.isNaN(ctx.scan.scannedAt.getTime()) ? ctx.scan.scannedAt : ctx.now;
  const params = r.params ?? {};
  const schoolId = Number.isSafeInteger(ctx.scan?.schoolId) && ctx.scan.schoolId > 0 && ctx.scan.schoolId <= 2_147_483_647 ? ctx.scan.schoolId : null;
  const details = JSON.stringify({ params, mealType: MEAL_TYPES.includes(ctx.scan?.mealType) ? ctx.scan.mealType : null });
  await (sql ?? query)(
    `INSERT INTO refused_scan (code, operator_id, device_id, client_scan_id, voucher_id, school_id, scanned_at, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     ON CONFLICT (device_id, client_scan_id) DO NOTHING`,
    [r.code, ctx.operatorId, deviceKey(ctx.operatorId, ctx.device), ctx.scan.clientScanId, r.voucherId ?? null, schoolId, scannedAt, details],
  );
  return { status: "refused", clientScanId: shownScanId ?? ctx.scan.clientScanId, code: r.code, params, duplicate: false };
}

export const BATCH_MAX = 500;

/** A device's stored scans, sent when it is back online: judged in the order they were scanned, each once. */
export async function recordMealsBatch({ actor, device, scans, now = new Date() }: { actor: TActor; device: string; scans: TScan[]; now?: Date }): Promise<TScanResult[]> {
  operatorOf(actor);
  if (!Array.isArray(scans) || scans.length > BATCH_MAX) throw new DomainError("BATCH_TOO_LARGE", { max: BATCH_MAX });
  const timeOf = (s: TScan | null | undefined) => (s?.scannedAt instanceof Date ? s.scannedAt.getTime() : 0) || 0;
  const ordered = [...scans].sort((a, b) => timeOf(a) - timeOf(b));
  const results: TScanResult[] = [];
  for (const scan of ordered) results.push(await recordMeal({ actor, device, scan, now }));
  return results;
}
