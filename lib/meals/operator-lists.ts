import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { pageWindow, toPage, type TPage } from "../pagination";
import { almatyDayMoments, isoDay, type TMealType, type TScanRefusal } from "./rules";
import { operatorOf } from "./scope";

// The canteen operator's own day (decision 0197): the meals its contracts recorded and the scans its devices had
// refused, at its schools only, newest first, a page at a time. A pupil is never named: a meal shows its time,
// school, meal type and device; a refusal its reason.

export type TOperatorMeal = { id: bigint; servedAt: Date; day: string; mealType: TMealType; school: { name: string; nameRu: string | null }; device: string };
export type TOperatorRefusal = { id: bigint; scannedAt: Date; code: TScanRefusal; params: Record<string, string>; mealType: TMealType | null; school: { name: string; nameRu: string | null } | null; device: string };

/** The device as the operator named it (stored as `<operator id>/<device>`, decision 0155). */
const shownDevice = (operatorId: number, stored: string) => (stored.startsWith(`${operatorId}/`) ? stored.slice(String(operatorId).length + 1) : stored);

async function schoolsById(ids: readonly (number | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))];
  const rows = await prisma().school.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, nameRu: true } });
  return new Map(rows.map((s) => [s.id, { name: s.name, nameRu: s.nameRu }]));
}

/** Meals recorded under the operator's contracts on `day` (an Almaty calendar day at UTC midnight). */
export async function operatorMeals({ actor, day, page }: { actor: TActor; day: Date; page: number }): Promise<TPage<TOperatorMeal>> {
  const operatorId = operatorOf(actor);
  const contracts = await prisma().canteenContract.findMany({ where: { operatorId }, select: { id: true } });
  const where = { contractId: { in: contracts.map((c) => c.id) }, day };
  const [rows, total] = await Promise.all([
    prisma().mealRecord.findMany({ where, orderBy: [{ servedAt: "desc" }, { id: "desc" }], ...pageWindow(page) }),
    prisma().mealRecord.count({ where }),
  ]);
  const schools = await schoolsById(rows.map((r) => r.schoolId));
  const meals = rows.map((r) => ({ id: r.id, servedAt: r.servedAt, day: isoDay(r.day), mealType: r.mealType, school: schools.get(r.schoolId) ?? { name: "", nameRu: null }, device: shownDevice(operatorId, r.deviceId) }));
  return toPage(meals, total, page);
}

/** Scans the operator's devices had refused, scanned on `day` in Almaty. */
export async function operatorRefusals({ actor, day, page }: { actor: TActor; day: Date; page: number }): Promise<TPage<TOperatorRefusal>> {
  const operatorId = operatorOf(actor);
  const where = { operatorId, scannedAt: almatyDayMoments(day) };
  const [rows, total] = await Promise.all([
    prisma().refusedScan.findMany({ where, orderBy: [{ scannedAt: "desc" }, { id: "desc" }], ...pageWindow(page) }),
    prisma().refusedScan.count({ where }),
  ]);
  const schools = await schoolsById(rows.map((r) => r.schoolId));
  const refusals = rows.map((r) => {
    const details = (r.details ?? {}) as { params?: Record<string, string>; mealType?: TMealType | null };
    return { id: r.id, scannedAt: r.scannedAt, code: r.code as TScanRefusal, params: details.params ?? {}, mealType: details.mealType ?? null, school: r.schoolId == null ? null : (schools.get(r.schoolId) ?? null), device: shownDevice(operatorId, r.deviceId) };
  });
  return toPage(refusals, total, page);
}
