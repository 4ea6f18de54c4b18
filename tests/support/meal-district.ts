// A district for the school-meal tests, built through lib/meals: a programme on the world's colour, schools with a
// November 2026 calendar (weekdays are school days), a canteen operator under contract for every school, pupils on
// each school's approved November list with their vouchers — and `serve`, a scan through the real redemption path.
import { makeIin } from "../../lib/kz/iin";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "../../lib/meals/eligibility";
import { mealTokenKey } from "../../lib/meals/keys";
import { addSchoolStaff, createCanteenContract, createMealProgramme, createSchool, setSchoolCalendar } from "../../lib/meals/programme";
import { recordMeal } from "../../lib/meals/record-meal";
import type { TMealType } from "../../lib/meals/rules";
import { mealToken } from "../../lib/meals/token";
import { buildWorld, company, contractor, T } from "./ledger-fixtures";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A moment in Almaty (UTC+5). */
export const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);

import { schoolUser } from "./meal-fixtures";

/** The weekdays of November 2026 as school days. */
export const novemberWeekdays = () =>
  Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2026, 10, i + 1)))
    .filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6)
    .map((d) => ({ day: d, isSchoolDay: true }));

export type TFixturePupil = { pupilId: number; voucherId: number; secret: string; iin: string };

let iinSerial = 100;

/** `extra`: pupils of given IINs added to a school after its numbered ones (one child at two schools shares an IIN). */
export async function mealDistrict({ schools: schoolCount = 3, pupils: pupilCount = 4, breakfastTariff = T(450), extra = [] }: { schools?: number; pupils?: number; breakfastTariff?: bigint; extra?: { school: number; iin: string }[] } = {}) {
  const w = await buildWorld();
  const district = w.alice;
  const programme = await createMealProgramme({
    actor: district,
    input: { colourId: w.colour.id, departmentId: w.ministry.id, schoolYear: 2026, startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), settlementPeriod: "monthly", ceilings: { breakfast: T(900), lunch: T(1200) } },
  });
  const operatorCompany = await company("District Canteen LLP");
  const operator = contractor(operatorCompany.id, 4101);
  const schools = [];
  for (let s = 0; s < schoolCount; s++) {
    const school = await createSchool({ actor: district, input: { name: `School No. ${12 + s}`, region: "almaty", departmentId: w.ministry.id } });
    await setSchoolCalendar({ actor: district, schoolId: school.id, days: novemberWeekdays() });
    const staff = schoolUser(3100 + 2 * s);
    const director = schoolUser(3101 + 2 * s);
    await addSchoolStaff({ actor: district, schoolId: school.id, userId: staff.userId, position: "staff" });
    await addSchoolStaff({ actor: district, schoolId: school.id, userId: director.userId, position: "director" });
    schools.push({ school, staff, director });
  }
  const contract = await createCanteenContract({
    actor: district,
    input: {
      programmeId: programme.id,
      operatorId: operatorCompany.id,
      number: "CC-F1",
      startsOn: day("2026-09-01"),
      endsOn: day("2027-05-31"),
      schoolIds: schools.map((s) => s.school.id),
      meals: [
        { mealType: "breakfast", tariffTiyn: breakfastTariff, servesFromMin: 8 * 60, servesToMin: 9 * 60 + 30 },
        { mealType: "lunch", tariffTiyn: T(800), servesFromMin: 12 * 60, servesToMin: 14 * 60 },
      ],
    },
  });
  const pupils: TFixturePupil[][] = [];
  for (const s of schools) {
    const list: TFixturePupil[] = [];
    for (let i = 0; i < pupilCount; i++) list.push(await addPupil(programme.id, s, makeIin("150301", 5, iinSerial++)));
    pupils.push(list);
  }
  for (const e of extra) pupils[e.school]!.push(await addPupil(programme.id, schools[e.school]!, e.iin));
  for (let s = 0; s < schools.length; s++) await approveList(schools[s]!, pupils[s]!);
  return { w, district, programme, operatorCompany, operator, schools, contract, pupils };
}

export type TMealDistrict = Awaited<ReturnType<typeof mealDistrict>>;
type TSchoolOf = TMealDistrict["schools"][number];

/** A pupil of the school with a voucher (not yet on a list: approveList puts the school's pupils on November's). */
export async function addPupil(programmeId: number, s: TSchoolOf, iin: string): Promise<TFixturePupil> {
  const pupil = await registerPupil({ actor: s.staff, schoolId: s.school.id, iin, className: "3A", category: "low-income" });
  const voucher = await issueVoucher({ actor: s.staff, programmeId, pupilId: pupil.id });
  return { pupilId: pupil.id, voucherId: voucher.voucherId, secret: voucher.secret, iin };
}

/** November's list of the school, built by its staff member and approved by its director. */
export async function approveList(s: TSchoolOf, pupils: readonly TFixturePupil[]) {
  const list = await buildEligibilityList({ actor: s.staff, schoolId: s.school.id, month: day("2026-11-01"), pupilIds: pupils.map((p) => p.pupilId) });
  await approveEligibilityList({ actor: s.director, listId: list.id });
}

let scanSerial = 0;

/** One scan at the canteen through recordMeal, judged 5 seconds after it was made; `token` reuses a token seen before. */
export async function serve(m: TMealDistrict, { school, pupil, at, device = "phone-1", mealType = "breakfast", token }: { school: number; pupil: TFixturePupil; at: Date; device?: string; mealType?: TMealType; token?: Date }) {
  return recordMeal({
    actor: m.operator,
    device,
    scan: { schoolId: m.schools[school]!.school.id, mealType, scanToken: mealToken(mealTokenKey(), pupil.voucherId, token ?? at), scannedAt: at, clientScanId: `f-${++scanSerial}` },
    now: new Date(at.getTime() + 5_000),
  });
}
