import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { MEAL_TYPES, type TMealType } from "./rules";
import { assertDistrictOfficial } from "./scope";

// Setting up a programme: the programme on a colour, its schools and calendars, staff and canteen contracts. Each
// is the district education department's official's act (decision 0154).

export async function createMealProgramme({ actor, input }: {
  actor: TActor;
  input: { colourId: number; departmentId: number; schoolYear: number; startsOn: Date; endsOn: Date; settlementPeriod: "daily" | "monthly"; ceilings: Partial<Record<TMealType, bigint>> };
}) {
  assertDistrictOfficial(actor, input.departmentId, "department");
  const department = await prisma().organization.findUnique({ where: { id: input.departmentId } });
  if (!department || department.kind !== "ministry") throw new NotFoundError("department");
  const colour = await prisma().colour.findUnique({ where: { id: input.colourId } });
  if (!colour) throw new NotFoundError("colour");
  if (input.endsOn < input.startsOn) throw new DomainError("PERIOD_INVALID", { startsOn: input.startsOn.toISOString().slice(0, 10), endsOn: input.endsOn.toISOString().slice(0, 10) });
  const ceilings = MEAL_TYPES.flatMap((mealType) => (input.ceilings[mealType] == null ? [] : [{ mealType, ceilingTiyn: input.ceilings[mealType]! }]));
  if (ceilings.length === 0 || ceilings.some((c) => c.ceilingTiyn <= 0n)) throw new DomainError("CEILING_REQUIRED");
  if (await prisma().mealProgramme.findUnique({ where: { colourId: input.colourId } })) throw new DomainError("PROGRAMME_EXISTS", { colour: input.colourId });
  const { ceilings: _c, ...rest } = input;
  return prisma().mealProgramme.create({ data: { ...rest, createdById: actor.isSystem ? null : actor.userId, ceilings: { create: ceilings } } });
}

export async function createSchool({ actor, input }: { actor: TActor; input: { name: string; nameRu?: string | null; region: string; departmentId: number } }) {
  assertDistrictOfficial(actor, input.departmentId, "department");
  return prisma().school.create({ data: input });
}

async function schoolInScope(actor: TActor, schoolId: number) {
  const school = await prisma().school.findUnique({ where: { id: schoolId } });
  if (!school) throw new NotFoundError("school");
  assertDistrictOfficial(actor, school.departmentId, "school");
  return school;
}

/** Marks days as school days or holidays (a later call for the same day replaces its mark). */
export async function setSchoolCalendar({ actor, schoolId, days }: { actor: TActor; schoolId: number; days: { day: Date; isSchoolDay: boolean; note?: string | null }[] }): Promise<number> {
  await schoolInScope(actor, schoolId);
  await prisma().$transaction(
    days.map((d) =>
      prisma().schoolCalendarDay.upsert({
        where: { schoolId_day: { schoolId, day: d.day } },
        create: { schoolId, day: d.day, isSchoolDay: d.isSchoolDay, note: d.note ?? null },
        update: { isSchoolDay: d.isSchoolDay, note: d.note ?? null },
      }),
    ),
  );
  return days.length;
}

export async function addSchoolStaff({ actor, schoolId, userId, position }: { actor: TActor; schoolId: number; userId: number; position: "staff" | "director" }) {
  await schoolInScope(actor, schoolId);
  return prisma().schoolStaff.upsert({ where: { userId_schoolId: { userId, schoolId } }, create: { userId, schoolId, position }, update: { position } });
}

export type TContractMeal = { mealType: TMealType; tariffTiyn: bigint; servesFromMin: number; servesToMin: number };

/** A canteen operator's contract: its tariffs may not exceed the programme's ceilings, its schools are the department's. */
export async function createCanteenContract({ actor, input }: {
  actor: TActor;
  input: { programmeId: number; operatorId: number; number: string; startsOn: Date; endsOn: Date; schoolIds: number[]; meals: TContractMeal[] };
}) {
  const programme = await prisma().mealProgramme.findUnique({ where: { id: input.programmeId }, include: { ceilings: true } });
  if (!programme) throw new NotFoundError("programme");
  assertDistrictOfficial(actor, programme.departmentId, "programme");
  const operator = await prisma().organization.findUnique({ where: { id: input.operatorId } });
  if (!operator || operator.kind !== "company" || !operator.bin) throw new NotFoundError("operator");
  if (operator.isDebarred) throw new DomainError("PAYEE_DEBARRED", { payee: operator.name });
  if (input.startsOn > input.endsOn || input.startsOn < programme.startsOn || input.endsOn > programme.endsOn) {
    throw new DomainError("PERIOD_INVALID", { startsOn: input.startsOn.toISOString().slice(0, 10), endsOn: input.endsOn.toISOString().slice(0, 10) });
  }
  for (const meal of input.meals) {
    const ceiling = programme.ceilings.find((c) => c.mealType === meal.mealType);
    if (!ceiling) throw new DomainError("MEAL_TYPE_NOT_IN_PROGRAMME", { mealType: meal.mealType });
    if (meal.tariffTiyn <= 0n || meal.tariffTiyn > ceiling.ceilingTiyn) throw new DomainError("TARIFF_ABOVE_CEILING", { mealType: meal.mealType, tariff: meal.tariffTiyn, ceiling: ceiling.ceilingTiyn });
    if (!(meal.servesFromMin >= 0 && meal.servesFromMin < meal.servesToMin && meal.servesToMin <= 24 * 60)) throw new DomainError("SERVING_HOURS_INVALID", { mealType: meal.mealType });
  }
  const schools = await prisma().school.count({ where: { id: { in: input.schoolIds }, departmentId: programme.departmentId } });
  if (input.schoolIds.length === 0 || schools !== new Set(input.schoolIds).size) throw new NotFoundError("school");
  return prisma().canteenContract.create({
    data: {
      programmeId: input.programmeId,
      operatorId: input.operatorId,
      number: input.number,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      createdById: actor.isSystem ? null : actor.userId,
      schools: { create: [...new Set(input.schoolIds)].map((schoolId) => ({ schoolId })) },
      meals: { create: input.meals },
    },
  });
}

