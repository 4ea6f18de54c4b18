import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { almatyDayMoments, isoDay, MEAL_TYPES, type TMealType } from "./rules";
import { assertSchoolStaff, operatorOf } from "./scope";

// What each side may read (decision 0154): a canteen operator its schools and its day there; a school its pupils.
// Out of scope reads as "not found". The screens of the next round render these.

/** The schools the operator's contracts cover, with the meal types and tariffs, on a day. */
export async function operatorSchools({ actor, day }: { actor: TActor; day: Date }) {
  const operatorId = operatorOf(actor);
  const contracts = await prisma().canteenContract.findMany({
    where: { operatorId, startsOn: { lte: day }, endsOn: { gte: day } },
    include: { schools: true, meals: true },
    orderBy: { id: "asc" },
  });
  const ids = [...new Set(contracts.flatMap((c) => c.schools.map((s) => s.schoolId)))];
  const schools = await prisma().school.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" } });
  return schools.map((school) => ({
    school,
    meals: contracts.filter((c) => c.schools.some((s) => s.schoolId === school.id)).flatMap((c) => c.meals),
  }));
}

/** The operator's day at one of its schools: meals recorded and scans refused, per meal type. */
export async function operatorDay({ actor, schoolId, day }: { actor: TActor; schoolId: number; day: Date }) {
  const operatorId = operatorOf(actor);
  const covered = await prisma().canteenContractSchool.findFirst({ where: { schoolId, contract: { operatorId } } });
  if (!covered) throw new NotFoundError("school");
  const served = await prisma().mealRecord.groupBy({ by: ["mealType"], where: { schoolId, day, contractId: { in: await contractIds(operatorId) } }, _count: true });
  const prefix = `${operatorId}/`;
  const refused = await prisma().refusedScan.count({ where: { operatorId, schoolId, deviceId: { startsWith: prefix }, scannedAt: almatyDayMoments(day) } });
  const byType = Object.fromEntries(MEAL_TYPES.map((t) => [t, served.find((s) => s.mealType === t)?._count ?? 0])) as Record<TMealType, number>;
  return { day: isoDay(day), served: byType, refused };
}

async function contractIds(operatorId: number): Promise<number[]> {
  return (await prisma().canteenContract.findMany({ where: { operatorId }, select: { id: true } })).map((c) => c.id);
}

/** A school's pupils (never an IIN: only class, category and the voucher's status), a page at a time. */
export async function schoolPupils({ actor, schoolId, page = 1, pageSize = 50 }: { actor: TActor; schoolId: number; page?: number; pageSize?: number }) {
  await assertSchoolStaff(prisma(), actor, schoolId);
  const safePage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const [pupils, total] = await Promise.all([
    prisma().pupil.findMany({ where: { schoolId }, orderBy: [{ className: "asc" }, { id: "asc" }], skip: (safePage - 1) * pageSize, take: pageSize, select: { id: true, className: true, category: true } }),
    prisma().pupil.count({ where: { schoolId } }),
  ]);
  const vouchers = await prisma().mealVoucher.findMany({ where: { pupilId: { in: pupils.map((p) => p.id) } }, select: { pupilId: true, status: true } });
  return { pupils: pupils.map((p) => ({ ...p, voucherStatus: vouchers.find((v) => v.pupilId === p.id)?.status ?? null })), total, page: safePage, pageSize };
}
