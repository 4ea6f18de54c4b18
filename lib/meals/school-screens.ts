import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { isValidIin } from "../kz/iin";
import { pageWindow, toPage, type TPage } from "../pagination";
import { pupilIinHash } from "./keys";
import { isoDay, monthOf } from "./rules";
import { assertSchoolStaff } from "./scope";

// What the school's own screens read (decision 0200): a school user sees only the schools of their school_staff rows;
// another school reads as "not found". Pupils are shown by number, class and category: the IIN is never stored, so it
// can only be searched for (by its keyed hash), never shown.

/** The voucher link the parent opens: the secret rides in the fragment, which never leaves the browser (decision 0195). */
export const voucherLinkPath = (secret: string) => `/meals#${secret}`;

/** The month a `YYYY-MM` parameter names (its first day), or the current month in Almaty. */
export function monthParam(raw: unknown, now = new Date()): Date {
  const m = typeof raw === "string" ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(raw) : null;
  if (m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return monthOf(new Date(now.getTime() + 5 * 3_600_000));
}
export const monthKey = (month: Date) => isoDay(month).slice(0, 7);

export type TListStatus = { id: number; pupils: number; builtBy: string; approvedBy: string | null; approvedAt: Date | null } | null;

async function listStatus(schoolId: number, month: Date): Promise<TListStatus> {
  const list = await prisma().eligibilityList.findUnique({ where: { schoolId_month: { schoolId, month } }, include: { _count: { select: { pupils: true } } } });
  if (!list) return null;
  const users = await prisma().user.findMany({ where: { id: { in: [list.builtById, list.approvedById ?? 0] } }, select: { id: true, name: true } });
  const name = (id: number | null) => (id == null ? null : (users.find((u) => u.id === id)?.name ?? `#${id}`));
  return { id: list.id, pupils: list._count.pupils, builtBy: name(list.builtById)!, approvedBy: name(list.approvedById), approvedAt: list.approvedAt };
}

/** The schools a school user works at, each with the position and this month's list. */
export async function mySchools({ actor, now = new Date() }: { actor: TActor; now?: Date }) {
  if (actor.role !== "school") return [];
  const rows = await prisma().schoolStaff.findMany({ where: { userId: actor.userId } });
  const schools = await prisma().school.findMany({ where: { id: { in: rows.map((r) => r.schoolId) } }, orderBy: { name: "asc" } });
  const month = monthParam(null, now);
  return Promise.all(
    schools.map(async (school) => ({ school, position: rows.find((r) => r.schoolId === school.id)!.position, month: monthKey(month), list: await listStatus(school.id, month) })),
  );
}

export type TPupilRow = { id: number; className: string; category: string; voucher: "active" | "suspended" | "revoked" | null; onList: boolean };

/**
 * The school's pupils, a page at a time: searched by class, category or a whole IIN (matched by its keyed hash),
 * with the voucher's status and whether the pupil is on this month's list.
 */
export async function schoolPupilPage({ actor, schoolId, q, page, now = new Date() }: { actor: TActor; schoolId: number; q?: string; page: number; now?: Date }) {
  await assertSchoolStaff(prisma(), actor, schoolId);
  const school = await prisma().school.findUniqueOrThrow({ where: { id: schoolId } });
  const position = actor.isSystem ? "director" : (await prisma().schoolStaff.findUniqueOrThrow({ where: { userId_schoolId: { userId: actor.userId, schoolId } } })).position;
  const text = q?.trim() ?? "";
  const where = !text
    ? { schoolId }
    : /^\d{12}$/.test(text)
      ? { schoolId, iinHmac: isValidIin(text) ? pupilIinHash(text) : "-" }
      : { schoolId, OR: [{ className: { contains: text, mode: "insensitive" as const } }, { category: { contains: text, mode: "insensitive" as const } }] };
  const [rows, total] = await Promise.all([
    prisma().pupil.findMany({ where, orderBy: [{ className: "asc" }, { id: "asc" }], ...pageWindow(page), select: { id: true, className: true, category: true } }),
    prisma().pupil.count({ where }),
  ]);
  const month = monthParam(null, now);
  const ids = rows.map((r) => r.id);
  const [vouchers, onList] = await Promise.all([
    prisma().mealVoucher.findMany({ where: { pupilId: { in: ids } }, select: { pupilId: true, status: true }, orderBy: { id: "desc" } }),
    prisma().eligibilityEntry.findMany({ where: { pupilId: { in: ids }, list: { schoolId, month } }, select: { pupilId: true } }),
  ]);
  const pupils: TPage<TPupilRow> = toPage(
    rows.map((r) => ({ ...r, voucher: vouchers.find((v) => v.pupilId === r.id)?.status ?? null, onList: onList.some((e) => e.pupilId === r.id) })),
    total,
    page,
  );
  return { school, position, month: monthKey(month), list: await listStatus(schoolId, month), programmes: await openProgrammes(school.departmentId, now), pupils };
}

/** The department's programmes a voucher may be issued under: those whose school year has not ended. */
async function openProgrammes(departmentId: number, now: Date) {
  const rows = await prisma().mealProgramme.findMany({ where: { departmentId, endsOn: { gte: new Date(isoDay(now)) } }, orderBy: { startsOn: "asc" } });
  return rows.map((p) => ({ id: p.id, schoolYear: p.schoolYear, startsOn: p.startsOn, endsOn: p.endsOn }));
}

/** The school's list for a month: every pupil (the list names at most the school's pupils), which are on it, and who may approve. */
export async function eligibilityListView({ actor, schoolId, month }: { actor: TActor; schoolId: number; month: Date }) {
  await assertSchoolStaff(prisma(), actor, schoolId);
  const school = await prisma().school.findUniqueOrThrow({ where: { id: schoolId } });
  const staff = actor.isSystem ? null : await prisma().schoolStaff.findUnique({ where: { userId_schoolId: { userId: actor.userId, schoolId } } });
  const list = await prisma().eligibilityList.findUnique({ where: { schoolId_month: { schoolId, month } } });
  const [pupils, entries, status] = await Promise.all([
    prisma().pupil.findMany({ where: { schoolId }, orderBy: [{ className: "asc" }, { id: "asc" }], select: { id: true, className: true, category: true } }),
    list ? prisma().eligibilityEntry.findMany({ where: { listId: list.id }, select: { pupilId: true } }) : Promise.resolve([]),
    listStatus(schoolId, month),
  ]);
  const chosen = new Set(entries.map((e) => e.pupilId));
  const isDirector = actor.isSystem || staff?.position === "director";
  return {
    school,
    month: monthKey(month),
    list: status,
    pupils: pupils.map((p) => ({ ...p, onList: chosen.has(p.id) })),
    canBuild: !list?.approvedById,
    isDirector,
    /** The director may approve a list someone else built; their own reads as refused, with the reason, on the button. */
    builtByMe: list != null && list.builtById === actor.userId,
    canApprove: isDirector && list != null && list.approvedById == null,
  };
}

/** One school of the caller's, or "not found". */
export async function schoolOf(actor: TActor, schoolId: number) {
  await assertSchoolStaff(prisma(), actor, schoolId);
  const school = await prisma().school.findUnique({ where: { id: schoolId } });
  if (!school) throw new NotFoundError("school");
  return school;
}
