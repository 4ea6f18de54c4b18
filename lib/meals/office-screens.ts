import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { pageWindow, toPage } from "../pagination";
import { isoDay } from "./rules";
import { assertDistrictOfficial } from "./scope";

// What the district's screens read (decision 0201): an official of the programme's education department (a Ministry of
// Finance official: every department). Another department's programme reads as "not found".

function departmentScope(actor: TActor): { departmentId?: number } {
  if (actor.role !== "official" && !actor.isSystem) throw new ForbiddenError();
  if (actor.isSystem || actor.isFinance) return {};
  return { departmentId: actor.organizationId ?? -1 };
}

/** The programmes in the caller's scope, newest school year first, with the colour's balance and open disputes. */
export async function listMealProgrammes({ actor, page }: { actor: TActor; page: number }) {
  const where = departmentScope(actor);
  const [rows, total] = await Promise.all([
    prisma().mealProgramme.findMany({ where, orderBy: [{ schoolYear: "desc" }, { id: "desc" }], ...pageWindow(page), include: { _count: { select: { contracts: true } } } }),
    prisma().mealProgramme.count({ where }),
  ]);
  const [departments, colours, balances] = await Promise.all([
    prisma().organization.findMany({ where: { id: { in: rows.map((r) => r.departmentId) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } }),
    prisma().colour.findMany({ where: { id: { in: rows.map((r) => r.colourId) } }, select: { id: true, projectId: true, mintedTiyn: true, project: { select: { name: true, nameRu: true, nameKk: true, nameEn: true } } } }),
    prisma().account.findMany({ where: { colourId: { in: rows.map((r) => r.colourId) }, holderKind: "project" }, select: { colourId: true, balanceTiyn: true } }),
  ]);
  return toPage(
    rows.map((p) => {
      const colour = colours.find((c) => c.id === p.colourId)!;
      return {
        id: p.id,
        schoolYear: p.schoolYear,
        settlementPeriod: p.settlementPeriod,
        department: departments.find((d) => d.id === p.departmentId)!,
        colourId: p.colourId,
        projectName: colour.project.name,
        project: colour.project,
        mintedTiyn: colour.mintedTiyn,
        balanceTiyn: balances.find((b) => b.colourId === p.colourId)?.balanceTiyn ?? 0n,
        contracts: p._count.contracts,
      };
    }),
    total,
    page,
  );
}

async function programmeInScope(actor: TActor, programmeId: number) {
  departmentScope(actor);
  const programme = await prisma().mealProgramme.findUnique({ where: { id: programmeId }, include: { ceilings: { orderBy: { mealType: "asc" } } } });
  if (!programme) throw new NotFoundError("programme");
  assertDistrictOfficial(actor, programme.departmentId, "programme");
  return programme;
}

/** A programme's page: its colour and balance, schools with the month's list, contracts with their settlements, open disputes. */
export async function mealProgrammeView({ actor, programmeId, month }: { actor: TActor; programmeId: number; month: Date }) {
  const programme = await programmeInScope(actor, programmeId);
  const db = prisma();
  const [department, colour, account, schools, contracts] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: programme.departmentId } }),
    db.colour.findUniqueOrThrow({ where: { id: programme.colourId }, include: { project: { select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true } } } }),
    db.account.findFirst({ where: { colourId: programme.colourId, holderKind: "project" } }),
    db.school.findMany({ where: { departmentId: programme.departmentId }, orderBy: { name: "asc" } }),
    db.canteenContract.findMany({ where: { programmeId }, include: { schools: true, meals: { orderBy: { mealType: "asc" } } }, orderBy: { id: "asc" } }),
  ]);
  const [lists, operators, settlements] = await Promise.all([
    db.eligibilityList.findMany({ where: { schoolId: { in: schools.map((s) => s.id) }, month }, include: { _count: { select: { pupils: true } } } }),
    db.organization.findMany({ where: { id: { in: contracts.map((c) => c.operatorId) } }, select: { id: true, name: true, nameRu: true, nameKk: true, nameEn: true, bin: true, isDebarred: true } }),
    db.mealSettlement.findMany({ where: { contractId: { in: contracts.map((c) => c.id) } }, orderBy: { id: "desc" } }),
  ]);
  const paid = settlements.reduce((sum, s) => sum + s.amountTiyn, 0n);
  return {
    programme,
    department,
    colour: { id: colour.id, projectId: colour.project.id, projectName: colour.project.name, project: colour.project, mintedTiyn: colour.mintedTiyn, expiresAt: colour.expiresAt, isFrozen: colour.isFrozen, isClosed: colour.isClosed },
    balanceTiyn: account?.balanceTiyn ?? 0n,
    paidTiyn: paid,
    schools: schools.map((s) => {
      const list = lists.find((l) => l.schoolId === s.id);
      return { id: s.id, name: s.name, nameRu: s.nameRu, region: s.region, list: list ? { id: list.id, pupils: list._count.pupils, approved: list.approvedById != null } : null };
    }),
    contracts: contracts.map((c) => ({
      id: c.id,
      number: c.number,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      operator: operators.find((o) => o.id === c.operatorId)!,
      schools: schools.filter((s) => c.schools.some((cs) => cs.schoolId === s.id)).map((s) => ({ id: s.id, name: s.name, nameRu: s.nameRu })),
      meals: c.meals,
      settlements: settlements.filter((s) => s.contractId === c.id).slice(0, 5),
    })),
    month: isoDay(month).slice(0, 7),
  };
}

export const DISPUTE_PAGE_SIZE = 25;

/** The programme's open disputes ("my child was absent"), oldest first: each meal, its school and canteen contract. */
export async function openMealDisputes({ actor, programmeId, page }: { actor: TActor; programmeId: number; page: number }) {
  await programmeInScope(actor, programmeId);
  const contractIds = (await prisma().canteenContract.findMany({ where: { programmeId }, select: { id: true } })).map((c) => c.id);
  const rows = await prisma().$queryRaw<{ id: number; meal_id: bigint; created_at: Date; day: Date; meal_type: string; school_id: number; contract_id: number; class_name: string }[]>`
    SELECT d.id, d.meal_id, d.created_at, m.day, m.meal_type::text AS meal_type, m.school_id, m.contract_id, p.class_name
    FROM meal_dispute d JOIN meal_record m ON m.id = d.meal_id JOIN pupil p ON p.id = m.pupil_id
    WHERE d.status = 'open' AND m.contract_id = ANY(${contractIds}::int[])
    ORDER BY d.created_at, d.id LIMIT ${DISPUTE_PAGE_SIZE} OFFSET ${(page - 1) * DISPUTE_PAGE_SIZE}`;
  const [{ total }] = (await prisma().$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM meal_dispute d JOIN meal_record m ON m.id = d.meal_id
    WHERE d.status = 'open' AND m.contract_id = ANY(${contractIds}::int[])`) as [{ total: number }];
  const schools = await prisma().school.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.school_id))] } }, select: { id: true, name: true, nameRu: true } });
  return toPage(
    rows.map((r) => ({ id: r.id, mealId: r.meal_id, openedAt: r.created_at, day: isoDay(r.day), mealType: r.meal_type, className: r.class_name, contractId: r.contract_id, school: schools.find((s) => s.id === r.school_id)! })),
    total,
    page,
    DISPUTE_PAGE_SIZE,
  );
}

/** A school's calendar for one month: each day's mark (school day, holiday, or none: no lessons). */
export async function schoolCalendarMonth({ actor, programmeId, schoolId, month }: { actor: TActor; programmeId: number; schoolId: number; month: Date }) {
  const programme = await programmeInScope(actor, programmeId);
  const school = await prisma().school.findUnique({ where: { id: schoolId } });
  if (!school || school.departmentId !== programme.departmentId) throw new NotFoundError("school");
  const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
  const marks = await prisma().schoolCalendarDay.findMany({ where: { schoolId, day: { gte: month, lte: end } }, orderBy: { day: "asc" } });
  const days = [];
  for (let d = new Date(month); d <= end; d = new Date(d.getTime() + 86_400_000)) {
    const mark = marks.find((m) => m.day.getTime() === d.getTime());
    days.push({ day: isoDay(d), weekday: d.getUTCDay(), mark: mark ? (mark.isSchoolDay ? ("school" as const) : ("holiday" as const)) : null, note: mark?.note ?? null });
  }
  return { school, days };
}

/** One settlement: its contract, amount, the attendance sheet's meals a page at a time, and its journal entry. */
export async function mealSettlementView({ actor, programmeId, settlementId, page }: { actor: TActor; programmeId: number; settlementId: number; page: number }) {
  const programme = await programmeInScope(actor, programmeId);
  const settlement = await prisma().mealSettlement.findUnique({ where: { id: settlementId } });
  const contract = settlement ? await prisma().canteenContract.findUnique({ where: { id: settlement.contractId } }) : null;
  if (!settlement || !contract || contract.programmeId !== programme.id) throw new NotFoundError("settlement");
  const operator = await prisma().organization.findUniqueOrThrow({ where: { id: contract.operatorId }, select: { name: true, nameRu: true, nameKk: true, nameEn: true, bin: true } });
  const [entry] = await prisma().$queryRaw<{ seq: bigint; hash: string; payload: string }[]>`
    SELECT seq, hash, payload FROM journal_entry
    WHERE chain = ${programme.colourId}::int AND kind = 'transfer' AND (payload::jsonb ->> 'transfer') = ${settlement.transferId.toString()}
    ORDER BY seq LIMIT 1`;
  const lines = await prisma().$queryRaw<{ id: bigint; day: Date; meal_type: string; school_id: number; class_name: string; tariff_tiyn: bigint }[]>`
    SELECT m.id, m.day, m.meal_type::text AS meal_type, m.school_id, p.class_name, m.tariff_tiyn
    FROM meal_settlement_line l JOIN meal_record m ON m.id = l.meal_id JOIN pupil p ON p.id = m.pupil_id
    WHERE l.settlement_id = ${settlementId}::int ORDER BY m.id LIMIT 50 OFFSET ${(page - 1) * 50}`;
  const schools = await prisma().school.findMany({ where: { id: { in: [...new Set(lines.map((l) => l.school_id))] } }, select: { id: true, name: true, nameRu: true } });
  const journalDigest = entry ? ((JSON.parse(entry.payload) as { attendanceSheet?: { digest?: string } }).attendanceSheet?.digest ?? null) : null;
  return {
    settlement,
    contract: { id: contract.id, number: contract.number, operator },
    journal: entry ? { chain: programme.colourId, seq: entry.seq.toString(), hash: entry.hash, digest: journalDigest } : null,
    meals: toPage(
      lines.map((l) => ({ id: l.id, day: isoDay(l.day), mealType: l.meal_type, className: l.class_name, tariffTiyn: BigInt(l.tariff_tiyn), school: schools.find((s) => s.id === l.school_id)! })),
      settlement.mealCount,
      page,
      50,
    ),
  };
}
