import type { TActor } from "../../lib/actor";
import { makeIin } from "../../lib/kz/iin";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "../../lib/meals/eligibility";
import { addSchoolStaff, createCanteenContract, createMealProgramme, createSchool, setSchoolCalendar } from "../../lib/meals/programme";
import { buildWorld, company, contractor, T } from "./ledger-fixtures";

// A district with school meals (issue 18), built through the lib use cases: a programme on the world's colour, two
// schools with a month's calendar, a canteen contract at school A, three pupils of A (two on the approved list) and
// one of B, each with a voucher. Used by the integration tests and the e2e specs.

/** A school user: no sign-in role of their own yet (decision 0154), an official's actor with a school_staff row. */
export const schoolUser = (userId: number): TActor => ({ userId, role: "school", name: `School ${userId}`, email: `s${userId}@school.kz`, organizationId: null, organizationKind: null, organizationName: null, isFinance: false });

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

type TOptions = {
  /** The world to build on (default: a new buildWorld()). */
  world?: Awaited<ReturnType<typeof buildWorld>>;
  /** The month of calendar and list, as its first day at UTC midnight (default December 2026). */
  month?: Date;
  /** Every day of the month a school day, serving from 00:00 to 24:00 (e2e runs on whatever day it is). */
  isAnyTime?: boolean;
  /** The canteen operator company and the user acting for it (default: a new company, user 4001). */
  operator?: { companyId: number; userId: number };
};

export async function mealWorld(options: TOptions = {}) {
  const w = options.world ?? (await buildWorld());
  const district = w.alice;
  const month = options.month ?? utcDay("2026-12-01");
  const monthEnd = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0));
  const startsOn = new Date(Math.min(utcDay("2026-09-01").getTime(), month.getTime()));
  const endsOn = new Date(Math.max(utcDay("2027-05-31").getTime(), monthEnd.getTime()));
  const programme = await createMealProgramme({
    actor: district,
    input: { colourId: w.colour.id, departmentId: w.ministry.id, schoolYear: 2026, startsOn, endsOn, settlementPeriod: "monthly", ceilings: { breakfast: T(600), lunch: T(900) } },
  });
  const schoolA = await createSchool({ actor: district, input: { name: "School No. 12", region: "Almaty", departmentId: w.ministry.id } });
  const schoolB = await createSchool({ actor: district, input: { name: "School No. 45", region: "Almaty", departmentId: w.ministry.id } });
  const days: { day: Date; isSchoolDay: boolean; note?: string }[] = [];
  for (let d = 1; d <= monthEnd.getUTCDate(); d++) {
    const date = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), d));
    const weekday = date.getUTCDay();
    if (options.isAnyTime) days.push({ day: date, isSchoolDay: true });
    else if (d === 16) days.push({ day: date, isSchoolDay: false, note: "Independence Day" });
    else if (weekday !== 0 && weekday !== 6) days.push({ day: date, isSchoolDay: true });
  }
  await setSchoolCalendar({ actor: district, schoolId: schoolA.id, days });
  await setSchoolCalendar({ actor: district, schoolId: schoolB.id, days });
  const [staffA, directorA, staffB] = [schoolUser(3001), schoolUser(3002), schoolUser(3003)];
  await addSchoolStaff({ actor: district, schoolId: schoolA.id, userId: staffA.userId, position: "staff" });
  await addSchoolStaff({ actor: district, schoolId: schoolA.id, userId: directorA.userId, position: "director" });
  await addSchoolStaff({ actor: district, schoolId: schoolB.id, userId: staffB.userId, position: "staff" });
  const canteen = options.operator ? { id: options.operator.companyId } : await company("Almaty Canteen LLP");
  const hours = (from: number, to: number) => (options.isAnyTime ? { servesFromMin: 0, servesToMin: 24 * 60 } : { servesFromMin: from, servesToMin: to });
  const contract = await createCanteenContract({
    actor: district,
    input: {
      programmeId: programme.id,
      operatorId: canteen.id,
      number: "CC-1",
      startsOn,
      endsOn,
      schoolIds: [schoolA.id],
      meals: [
        { mealType: "breakfast", tariffTiyn: T(450), ...hours(8 * 60, 9 * 60 + 30) },
        { mealType: "lunch", tariffTiyn: T(800), ...hours(12 * 60, 14 * 60) },
      ],
    },
  });
  const pupils = [];
  for (let i = 0; i < 3; i++) pupils.push(await registerPupil({ actor: staffA, schoolId: schoolA.id, iin: makeIin("150301", 5, 10 + i * 7), className: "3A", category: "low-income" }));
  const pupilB = await registerPupil({ actor: staffB, schoolId: schoolB.id, iin: makeIin("150402", 6, 50), className: "2B", category: "large family" });
  const list = await buildEligibilityList({ actor: staffA, schoolId: schoolA.id, month, pupilIds: [pupils[0]!.id, pupils[1]!.id] });
  await approveEligibilityList({ actor: directorA, listId: list.id });
  const vouchers = [];
  for (const p of pupils) vouchers.push(await issueVoucher({ actor: staffA, programmeId: programme.id, pupilId: p.id }));
  const voucherB = await issueVoucher({ actor: staffB, programmeId: programme.id, pupilId: pupilB.id });
  const operator = contractor(canteen.id, options.operator?.userId ?? 4001);
  return { w, district, programme, schoolA, schoolB, staffA, directorA, staffB, canteen, contract, pupils, pupilB, list, vouchers, voucherB, operator };
}

export type TMealWorld = Awaited<ReturnType<typeof mealWorld>>;
