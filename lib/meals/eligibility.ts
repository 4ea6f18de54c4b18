import "server-only";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { isValidIin } from "../kz/iin";
import { pupilIinHash, voucherSecretHash } from "./keys";
import { monthOf } from "./rules";
import { assertSchoolStaff } from "./scope";

// Pupils, the monthly eligibility list (built by one person, approved by the school's director — another person)
// and the vouchers parents hold (decision 0154).

/** Registers a pupil of the school under the keyed hash of the IIN; the same IIN at the same school is the same pupil. */
export async function registerPupil({ actor, schoolId, iin, className, category }: { actor: TActor; schoolId: number; iin: string; className: string; category: string }) {
  await assertSchoolStaff(prisma(), actor, schoolId);
  if (!isValidIin(iin)) throw new DomainError("IIN_INVALID");
  const iinHmac = pupilIinHash(iin);
  return prisma().pupil.upsert({ where: { schoolId_iinHmac: { schoolId, iinHmac } }, create: { schoolId, iinHmac, className, category }, update: { className, category } });
}

/** A staff member builds (or, until approved, rebuilds) the school's list for a month. */
export async function buildEligibilityList({ actor, schoolId, month, pupilIds }: { actor: TActor; schoolId: number; month: Date; pupilIds: number[] }) {
  await assertSchoolStaff(prisma(), actor, schoolId);
  if (!(month instanceof Date) || Number.isNaN(month.getTime())) throw new DomainError("PERIOD_INVALID", { startsOn: "", endsOn: "" });
  const ids = [...new Set(pupilIds)];
  if (!ids.every((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647)) throw new NotFoundError("pupil");
  const own = await prisma().pupil.count({ where: { id: { in: ids }, schoolId } });
  if (own !== ids.length) throw new NotFoundError("pupil");
  const first = monthOf(month);
  return prisma().$transaction(async (tx) => {
    const existing = await tx.eligibilityList.findUnique({ where: { schoolId_month: { schoolId, month: first } } });
    if (existing?.approvedById != null) throw new DomainError("LIST_ALREADY_APPROVED", { list: existing.id });
    const list = existing
      ? await tx.eligibilityList.update({ where: { id: existing.id }, data: { builtById: actor.userId } })
      : await tx.eligibilityList.create({ data: { schoolId, month: first, builtById: actor.userId } });
    await tx.eligibilityEntry.deleteMany({ where: { listId: list.id } });
    await tx.eligibilityEntry.createMany({ data: ids.map((pupilId) => ({ listId: list.id, pupilId })) });
    return { ...list, pupilCount: ids.length };
  });
}

/** The director approves a list someone else built; from then on it is fixed and the canteen may feed its pupils. */
export async function approveEligibilityList({ actor, listId, now = new Date() }: { actor: TActor; listId: number; now?: Date }) {
  const list = await prisma().eligibilityList.findUnique({ where: { id: listId } });
  if (!list) throw new NotFoundError("list");
  await assertSchoolStaff(prisma(), actor, list.schoolId, "director");
  if (list.builtById === actor.userId) throw new DomainError("SAME_PERSON_APPROVAL", { list: listId });
  // Only an unapproved list changes: two directors approving at once, or approving after a rebuild, cannot both win.
  const done = await prisma().eligibilityList.updateMany({ where: { id: listId, approvedById: null, builtById: list.builtById }, data: { approvedById: actor.userId, approvedAt: now } });
  if (done.count !== 1) throw new DomainError("LIST_ALREADY_APPROVED", { list: listId });
  return prisma().eligibilityList.findUniqueOrThrow({ where: { id: listId } });
}

/** Issues the pupil's voucher under a programme: the secret is returned once (the parent's link), only its hash is kept. */
export async function issueVoucher({ actor, programmeId, pupilId }: { actor: TActor; programmeId: number; pupilId: number }): Promise<{ voucherId: number; secret: string }> {
  const pupil = await prisma().pupil.findUnique({ where: { id: pupilId } });
  if (!pupil) throw new NotFoundError("pupil");
  await assertSchoolStaff(prisma(), actor, pupil.schoolId);
  const programme = await prisma().mealProgramme.findUnique({ where: { id: programmeId } });
  const school = await prisma().school.findUniqueOrThrow({ where: { id: pupil.schoolId } });
  if (!programme || programme.departmentId !== school.departmentId) throw new NotFoundError("programme");
  if (await prisma().mealVoucher.findUnique({ where: { programmeId_pupilId: { programmeId, pupilId } } })) throw new DomainError("VOUCHER_EXISTS", { pupil: pupilId });
  const secret = crypto.randomBytes(24).toString("base64url");
  const voucher = await prisma().mealVoucher.create({ data: { programmeId, pupilId, secretHash: voucherSecretHash(secret) } });
  return { voucherId: voucher.id, secret };
}

/** The school's staff suspend or revoke a voucher (a pupil who left); a suspended one may be made active again. */
export async function setVoucherStatus({ actor, voucherId, status }: { actor: TActor; voucherId: number; status: "active" | "suspended" | "revoked" }) {
  const voucher = await prisma().mealVoucher.findUnique({ where: { id: voucherId } });
  if (!voucher) throw new NotFoundError("voucher");
  const pupil = await prisma().pupil.findUniqueOrThrow({ where: { id: voucher.pupilId } });
  await assertSchoolStaff(prisma(), actor, pupil.schoolId);
  if (voucher.status === "revoked") throw new DomainError("VOUCHER_REVOKED", { voucher: voucherId });
  return prisma().mealVoucher.update({ where: { id: voucherId }, data: { status } });
}
