import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { mealTokenKey, voucherSecretHash } from "./keys";
import { isoDay, type TMealType } from "./rules";
import { assertDistrictOfficial } from "./scope";
import { mealToken, SLICE_MS, sliceOf } from "./token";

// The parent's side (no account: the voucher's secret is the key, decision 0154) and the district official's review
// of "my child was absent". A disputed meal is held out of settlement while open, and for good when upheld.

const SECRET = /^[A-Za-z0-9_-]{16,64}$/;

async function voucherBySecret(secret: unknown) {
  if (typeof secret !== "string" || !SECRET.test(secret)) throw new NotFoundError("voucher");
  const voucher = await prisma().mealVoucher.findUnique({ where: { secretHash: voucherSecretHash(secret) } });
  if (!voucher) throw new NotFoundError("voucher");
  return voucher;
}

/** The QR the parent's page shows now, and when it changes. */
export async function currentMealToken({ secret, now = new Date() }: { secret: string; now?: Date }): Promise<{ token: string; status: string; changesAt: Date }> {
  const voucher = await voucherBySecret(secret);
  return { token: mealToken(mealTokenKey(), voucher.id, now), status: voucher.status, changesAt: new Date(Number(sliceOf(now) + 1n) * SLICE_MS) };
}

export type TParentMeal = {
  mealId: bigint;
  day: string;
  mealType: TMealType;
  servedAt: Date;
  /** Where and by whom: the school and the canteen operator (no person is named). */
  school: { name: string; nameRu: string | null };
  canteen: string;
  dispute: "open" | "upheld" | "dismissed" | null;
};

export const PARENT_PAGE_SIZE = 50;

/** Every meal recorded for the child of this voucher, newest first, a page at a time. */
export async function listVoucherMeals({ secret, page = 1 }: { secret: string; page?: number }): Promise<{ meals: TParentMeal[]; total: number; page: number; pageSize: number }> {
  const voucher = await voucherBySecret(secret);
  const safePage = Number.isSafeInteger(page) && page > 0 ? page : 1;
  const [rows, total] = await Promise.all([
    prisma().mealRecord.findMany({ where: { voucherId: voucher.id }, orderBy: [{ servedAt: "desc" }, { id: "desc" }], skip: (safePage - 1) * PARENT_PAGE_SIZE, take: PARENT_PAGE_SIZE }),
    prisma().mealRecord.count({ where: { voucherId: voucher.id } }),
  ]);
  const [disputes, schools, contracts] = await Promise.all([
    prisma().mealDispute.findMany({ where: { mealId: { in: rows.map((r) => r.id) } } }),
    prisma().school.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.schoolId))] } }, select: { id: true, name: true, nameRu: true } }),
    prisma().canteenContract.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.contractId))] } }, select: { id: true, operatorId: true } }),
  ]);
  const operators = await prisma().organization.findMany({ where: { id: { in: contracts.map((c) => c.operatorId) } }, select: { id: true, name: true } });
  const byMeal = new Map(disputes.map((d) => [d.mealId, d.status]));
  const schoolOf = new Map(schools.map((s) => [s.id, { name: s.name, nameRu: s.nameRu }]));
  const operatorName = new Map(operators.map((o) => [o.id, o.name]));
  const canteenOf = new Map(contracts.map((c) => [c.id, operatorName.get(c.operatorId) ?? ""]));
  return {
    meals: rows.map((r) => ({
      mealId: r.id,
      day: isoDay(r.day),
      mealType: r.mealType,
      servedAt: r.servedAt,
      school: schoolOf.get(r.schoolId) ?? { name: "", nameRu: null },
      canteen: canteenOf.get(r.contractId) ?? "",
      dispute: byMeal.get(r.id) ?? null,
    })),
    total,
    page: safePage,
    pageSize: PARENT_PAGE_SIZE,
  };
}

/** "My child was absent": holds the meal out of settlement until the district official reviews it. */
export async function disputeMeal({ secret, mealId }: { secret: string; mealId: bigint }) {
  const voucher = await voucherBySecret(secret);
  if (typeof mealId !== "bigint" || mealId <= 0n || mealId > 9_223_372_036_854_775_807n) throw new NotFoundError("meal");
  const meal = await prisma().mealRecord.findFirst({ where: { id: mealId, voucherId: voucher.id } });
  if (!meal) throw new NotFoundError("meal");
  const paid = await prisma().mealSettlementLine.findUnique({ where: { mealId } });
  if (paid) throw new DomainError("MEAL_ALREADY_SETTLED", { meal: String(mealId) });
  const created = await prisma().mealDispute.createMany({ data: [{ mealId }], skipDuplicates: true });
  if (created.count === 0) throw new DomainError("MEAL_ALREADY_DISPUTED", { meal: String(mealId) });
  return prisma().mealDispute.findUniqueOrThrow({ where: { mealId } });
}

/** The district official decides: upheld (the child was absent, never paid) or dismissed (served, paid next time). */
export async function reviewMealDispute({ actor, disputeId, decision, note, now = new Date() }: { actor: TActor; disputeId: number; decision: "upheld" | "dismissed"; note: string; now?: Date }) {
  const dispute = await prisma().mealDispute.findUnique({ where: { id: disputeId } });
  if (!dispute) throw new NotFoundError("dispute");
  const meal = await prisma().mealRecord.findUniqueOrThrow({ where: { id: dispute.mealId } });
  const school = await prisma().school.findUniqueOrThrow({ where: { id: meal.schoolId } });
  assertDistrictOfficial(actor, school.departmentId, "dispute");
  if (typeof note !== "string" || note.trim().length < 5) throw new DomainError("REASON_REQUIRED");
  const done = await prisma().mealDispute.updateMany({ where: { id: disputeId, status: "open" }, data: { status: decision, reviewedById: actor.userId, reviewedAt: now, reviewNote: note.trim() } });
  if (done.count !== 1) throw new DomainError("DISPUTE_ALREADY_REVIEWED", { dispute: disputeId });
  return prisma().mealDispute.findUniqueOrThrow({ where: { id: disputeId } });
}
