import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { zId } from "../http/parse-id";
import { zTenge } from "../money-field";
import { zBin, zDay, zText } from "../text-field";
import { createCanteenContract, setSchoolCalendar, type TContractMeal } from "./programme";
import { MEAL_TYPES, type TMealType } from "./rules";
import { CALENDAR_MARK_CHOICES } from "./school-forms";
import { assertDistrictOfficial } from "./scope";

// The district official's writes from the programme page (decision 0201), each taking what the form typed: a canteen
// contract by the operator's BIN, and a range of days marked on a school's calendar.

const zMinute = z.string().trim().transform((value, ctx) => {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(value);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || minutes > 24 * 60) {
    ctx.addIssue({ code: "custom", message: "mealsOffice.fields.timeFormat" });
    return z.NEVER;
  }
  return minutes;
});

// One meal type's fields, judged on their own (so their messages come with the others'): null when not served.
const ZContractMeal = (mealType: TMealType) =>
  z.object({ enabled: z.boolean(), tariff: z.string(), from: z.string(), to: z.string() }).transform((m, ctx): TContractMeal | null => {
    if (!m.enabled) return null;
    const tariff = zTenge().safeParse(m.tariff);
    const from = zMinute.safeParse(m.from);
    const to = zMinute.safeParse(m.to);
    if (!tariff.success) ctx.addIssue({ code: "custom", path: ["tariff"], message: tariff.error.issues[0]!.message });
    if (!from.success) ctx.addIssue({ code: "custom", path: ["from"], message: "mealsOffice.fields.timeFormat" });
    if (!to.success) ctx.addIssue({ code: "custom", path: ["to"], message: "mealsOffice.fields.timeFormat" });
    return tariff.success && from.success && to.success ? { mealType, tariffTiyn: tariff.data, servesFromMin: from.data, servesToMin: to.data } : null;
  });

export const ZCanteenContract = z
  .object({
    programmeId: zId(),
    bin: zBin(),
    number: zText({ min: 1, max: 60 }),
    startsOn: zDay(),
    endsOn: zDay(),
    schoolIds: z.array(zId()).min(1, { message: "mealsOffice.fields.schoolsRequired" }).max(500),
    breakfast: ZContractMeal("breakfast"),
    lunch: ZContractMeal("lunch"),
  })
  .transform((v, ctx) => {
    const meals = MEAL_TYPES.flatMap((t) => (v[t] ? [v[t]] : []));
    if (meals.length === 0) ctx.addIssue({ code: "custom", path: ["meals"], message: "mealsOffice.fields.mealsRequired" });
    return { programmeId: v.programmeId, bin: v.bin, number: v.number, startsOn: v.startsOn, endsOn: v.endsOn, schoolIds: v.schoolIds, meals };
  });
export type TCanteenContractInput = z.output<typeof ZCanteenContract>;

/** A canteen contract whose operator is named by BIN: a registered company (the registry), not debarred. */
export async function addCanteenContract({ actor, input }: { actor: TActor; input: TCanteenContractInput }) {
  const programme = await prisma().mealProgramme.findUnique({ where: { id: input.programmeId } });
  if (!programme) throw new NotFoundError("programme");
  assertDistrictOfficial(actor, programme.departmentId, "programme");
  const operator = await prisma().organization.findUnique({ where: { bin: input.bin } });
  if (!operator || operator.kind !== "company") throw new DomainError("OPERATOR_NOT_REGISTERED", { bin: input.bin });
  // The number is unique per programme: a second click of the same form is told so and creates nothing.
  if (await prisma().canteenContract.findUnique({ where: { programmeId_number: { programmeId: programme.id, number: input.number } } })) {
    throw new DomainError("CONTRACT_NUMBER_TAKEN", { number: input.number });
  }
  try {
    return await createCanteenContract({
      actor,
      input: { ...input, operatorId: operator.id, startsOn: new Date(input.startsOn), endsOn: new Date(input.endsOn) },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new DomainError("CONTRACT_NUMBER_TAKEN", { number: input.number });
    throw error;
  }
}

export const ZCalendarMark = z.object({
  programmeId: zId(),
  schoolId: zId(),
  from: zDay(),
  to: zDay(),
  mark: z.enum(CALENDAR_MARK_CHOICES, { message: "invalidChoice" }),
  note: zText({ max: 200 }),
});
export type TCalendarMark = z.output<typeof ZCalendarMark>;

const MAX_DAYS = 366;

/**
 * Marks every day from `from` to `to` (inclusive) on the school's calendar: school days skip Saturdays and Sundays,
 * a holiday covers every day named. A later mark of a day replaces the earlier one, so marking twice changes nothing.
 */
export async function markSchoolDays({ actor, input }: { actor: TActor; input: TCalendarMark }): Promise<number> {
  const programme = await prisma().mealProgramme.findUnique({ where: { id: input.programmeId } });
  if (!programme) throw new NotFoundError("programme");
  assertDistrictOfficial(actor, programme.departmentId, "programme");
  const school = await prisma().school.findUnique({ where: { id: input.schoolId } });
  if (!school || school.departmentId !== programme.departmentId) throw new NotFoundError("school");
  const from = new Date(input.from);
  const to = new Date(input.to);
  const count = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
  if (count < 1 || count > MAX_DAYS) throw new DomainError("PERIOD_INVALID", { startsOn: input.from, endsOn: input.to });
  const days = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(from.getTime() + i * 86_400_000);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (input.mark === "school" && weekend) continue;
    days.push({ day, isSchoolDay: input.mark === "school", note: input.note || null });
  }
  return days.length === 0 ? 0 : setSchoolCalendar({ actor, schoolId: school.id, days });
}
