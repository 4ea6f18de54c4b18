import "server-only";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { prisma, type Tx } from "../db";
import { DomainError } from "../errors";
import { databaseErrorOf } from "../ledger/refusal";
import { withRetry } from "../ledger/retry";
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
  const earlier = await earlierOutcome(prisma(), deviceKey(operatorId, device), scan.clientScanId);
  if (earlier) return earlier;
  const checked = await checkScan(ctx);
  if (isRefusal(checked)) return saveRefusal(ctx, checked);
  try {
    return await withRetry(() => prisma().$transaction((tx) => commitMeal(tx, ctx, checked)));
  } catch (error) {
    // Two devices (or two sends of one batch) raced past the checks: the unique keys let one meal in; the other is
    // judged again and reads as the replay or duplicate it is.
    if (databaseErrorOf(error)?.sqlstate !== "23505") throw error;
    const again = await earlierOutcome(prisma(), deviceKey(operatorId, device), scan.clientScanId);
    if (again) return again;
    return withRetry(() => prisma().$transaction((tx) => commitMeal(tx, ctx, checked)));
  }
}

/** The first outcome of this device's scan id, when it was already sent. */
async function earlierOutcome(db: Tx | ReturnType<typeof prisma>, device: string, clientScanId: string): Promise<TScanResult | null> {
  const meal = await db.mealRecord.findUnique({ where: { deviceId_clientScanId: { deviceId: device, clientScanId } } });
  if (meal) return { status: "served", clientScanId, mealId: meal.id, day: isoDay(meal.day), mealType: meal.mealType, duplicate: true };
  const refused = await db.refusedScan.findUnique({ where: { deviceId_clientScanId: { deviceId: device, clientScanId } } });
  if (refused) return { status: "refused", clientScanId, code: refused.code as TScanRefusal, params: (refused.details as { params?: Record<string, string> }).params ?? {}, duplicate: true };
  return null;
}

/** Everything that can be judged before the meal is written: token, voucher, contract, calendar, hours, list. */
async function checkScan({ operatorId, scan, now }: TContext): Promise<TRefusal | TReady> {
  const scannedAt = scan.scannedAt instanceof Date ? scan.scannedAt : new Date(NaN);
  if (!Number.isSafeInteger(scan.schoolId) || scan.schoolId <= 0 || scan.schoolId > 2_147_483_647 || !MEAL_TYPES.includes(scan.mealType)) return refuse("SCAN_MALFORMED");
  if (!isScanTimeAcceptable(scannedAt, now)) return refuse("SCAN_TIME_INVALID", { scannedAt: Number.isNaN(scannedAt.getTime()) ? "" : scannedAt.toISOString() });
  const token = verifyMealToken(mealTokenKey(), scan.scanToken, scannedAt);
  if (!token.ok) return refuse(token.code);
  const voucher = await prisma().mealVoucher.findUnique({ where: { id: token.voucherId } });
  if (!voucher || voucher.status !== "active") return refuse("VOUCHER_NOT_ACTIVE", { status: voucher?.status ?? "unknown" }, voucher?.id ?? null);
  const pupil = await prisma().pupil.findUniqueOrThrow({ where: { id: voucher.pupilId } });
  const day = almatyDate(scannedAt);
  const ref = (code: TScanRefusal, params: Record<string, string> = {}) => refuse(code, params, voucher.id);
  const [contract] = await prisma().$queryRaw<{ id: number; tariff_tiyn: bigint; serves_from_min: number; serves_to_min: number }[]>`
    SELECT c.id, m.tariff_tiyn, m.serves_from_min, m.serves_to_min
    FROM canteen_contract c
    JOIN canteen_contract_school s ON s.contract_id = c.id AND s.school_id = ${scan.schoolId}
    JOIN canteen_contract_meal m ON m.contract_id = c.id AND m.meal_type = ${scan.mealType}::"MealType"
    WHERE c.operator_id = ${operatorId} AND c.programme_id = ${voucher.programmeId} AND ${isoDay(day)}::date BETWEEN c.starts_on AND c.ends_on
    ORDER BY c.id LIMIT 1`;
  if (!contract) return ref("NO_CANTEEN_CONTRACT", { school: String(scan.schoolId), day: isoDay(day), mealType: scan.mealType });
  const calendar = await prisma().schoolCalendarDay.findUnique({ where: { schoolId_day: { schoolId: scan.schoolId, day } } });
  if (!calendar?.isSchoolDay) return ref("NOT_A_SCHOOL_DAY", { day: isoDay(day), note: calendar?.note ?? "" });
  const minute = almatyMinute(scannedAt);
  const window = { servesFromMin: contract.serves_from_min, servesToMin: contract.serves_to_min };
  if (!isWithinServingHours(minute, window)) return ref("OUTSIDE_SERVING_HOURS", { at: hhmm(minute), from: hhmm(window.servesFromMin), to: hhmm(window.servesToMin), mealType: scan.mealType });
  const list = pupil.schoolId === scan.schoolId ? await prisma().eligibilityList.findUnique({ where: { schoolId_month: { schoolId: scan.schoolId, month: monthOf(day) } } }) : null;
  const listed = list?.approvedById != null && (await prisma().eligibilityEntry.findUnique({ where: { listId_pupilId: { listId: list.id, pupilId: pupil.id } } }));
  if (!list || !listed) return ref("PUPIL_NOT_ELIGIBLE", { school: String(scan.schoolId), month: isoDay(monthOf(day)).slice(0, 7) });
  return { voucherId: voucher.id, pupilId: pupil.id, slice: token.slice, day, listId: list.id, contractId: contract.id, tariffTiyn: BigInt(contract.tariff_tiyn) };
}

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/**
 * Under the lock of the school's monthly list (scans of one school queue here, other schools go on): the token not
 * spent, no meal of this type today, and no more meals today than pupils on the list; then the meal.
 */
async function commitMeal(tx: Tx, ctx: TContext, r: TReady): Promise<TScanResult> {
  const { scan } = ctx;
  const device = deviceKey(ctx.operatorId, ctx.device);
  await tx.$queryRaw`SELECT id FROM eligibility_list WHERE id = ${r.listId} FOR UPDATE`;
  const earlier = await earlierOutcome(tx, device, scan.clientScanId);
  if (earlier) return earlier;
  const replay = await tx.mealRecord.findUnique({ where: { voucherId_tokenSlice: { voucherId: r.voucherId, tokenSlice: r.slice } } });
  if (replay) return saveRefusal(ctx, refuse("MEAL_TOKEN_REPLAYED", { servedAt: replay.servedAt.toISOString() }, r.voucherId), undefined, tx);
  const served = await tx.mealRecord.findUnique({ where: { pupilId_day_mealType: { pupilId: r.pupilId, day: r.day, mealType: scan.mealType } } });
  if (served) return saveRefusal(ctx, refuse("MEAL_ALREADY_SERVED", { day: isoDay(r.day), mealType: scan.mealType }, r.voucherId), undefined, tx);
  const [counts] = await tx.$queryRaw<{ eligible: bigint; meals: bigint }[]>`
    SELECT (SELECT count(*) FROM eligibility_entry WHERE list_id = ${r.listId}) AS eligible,
           (SELECT count(*) FROM meal_record WHERE school_id = ${scan.schoolId} AND day = ${isoDay(r.day)}::date AND meal_type = ${scan.mealType}::"MealType") AS meals`;
  if (counts!.meals >= counts!.eligible) {
    return saveRefusal(ctx, refuse("DAILY_MEALS_EXCEED_ELIGIBLE", { eligible: String(counts!.eligible), served: String(counts!.meals), day: isoDay(r.day), mealType: scan.mealType }, r.voucherId), undefined, tx);
  }
  const meal = await tx.mealRecord.create({
    data: {
      voucherId: r.voucherId,
      pupilId: r.pupilId,
      schoolId: scan.schoolId,
      contractId: r.contractId,
      mealType: scan.mealType,
      day: r.day,
      servedAt: scan.scannedAt,
      tokenSlice: r.slice,
      deviceId: device,
      clientScanId: scan.clientScanId,
      recordedById: null,
      tariffTiyn: r.tariffTiyn,
    },
  });
  return { status: "served", clientScanId: scan.clientScanId, mealId: meal.id, day: isoDay(r.day), mealType: scan.mealType, duplicate: false };
}

async function saveRefusal(ctx: TContext, r: TRefusal, shownScanId?: string, tx?: Tx): Promise<TScanResult> {
  const scannedAt = ctx.scan?.scannedAt instanceof Date && !Number.isNaN(ctx.scan.scannedAt.getTime()) ? ctx.scan.scannedAt : ctx.now;
  const params = r.params ?? {};
  await (tx ?? prisma()).$executeRaw`
    INSERT INTO refused_scan (code, operator_id, device_id, client_scan_id, voucher_id, school_id, scanned_at, details)
    VALUES (${r.code}, ${ctx.operatorId}, ${deviceKey(ctx.operatorId, ctx.device)}, ${ctx.scan.clientScanId}, ${r.voucherId ?? null},
            ${Number.isSafeInteger(ctx.scan?.schoolId) && ctx.scan.schoolId > 0 && ctx.scan.schoolId <= 2_147_483_647 ? ctx.scan.schoolId : null},
            ${scannedAt}, ${JSON.stringify({ params, mealType: MEAL_TYPES.includes(ctx.scan?.mealType) ? ctx.scan.mealType : null })}::jsonb)
    ON CONFLICT (device_id, client_scan_id) DO NOTHING`;
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
