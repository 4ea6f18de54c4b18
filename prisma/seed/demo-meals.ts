import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { allocateColour } from "../../lib/allocations/allocate-colour";
import { prisma } from "../../lib/db";
import { refreshFlagsForColour } from "../../lib/flags/refresh-flags";
import { makeBin } from "../../lib/kz/bin";
import { makeIin } from "../../lib/kz/iin";
import { atHistoricMoment } from "../../lib/ledger/history-moment";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "../../lib/meals/eligibility";
import { mealTokenKey } from "../../lib/meals/keys";
import { disputeMeal, reviewMealDispute } from "../../lib/meals/parent";
import { addSchoolStaff, createCanteenContract, createMealProgramme, createSchool, setSchoolCalendar } from "../../lib/meals/programme";
import { recordMeal } from "../../lib/meals/record-meal";
import { settleMeals } from "../../lib/meals/settle-meals";
import { mealToken } from "../../lib/meals/token";
import { createOrganization } from "../../lib/organizations/create-organization";
import { withNames } from "./demo-names";
import { createProject } from "../../lib/projects/create-project";
import { hashPassword } from "../../lib/security/password";
import { createUser } from "../../lib/users/create-user";
import { DEMO_PARENT_CODE, DEMO_PASSWORD, DEMO_SCHOOL_USERS, schoolUserRole } from "./demo-logins";
import { voucherSecretHash } from "../../lib/meals/keys";

// School meals in a district of Almaty (issue 18, decision 0209), made through lib/meals as the portal makes them:
// the programme on a colour of the "hot meals" budget line, three schools with November 2026's calendar, the canteen
// operator Dastarkhan Catering LLP under contract, 24 pupils a school on approved lists, their vouchers, every
// breakfast scanned through the real redemption path at the moment it happened, and November's settlement on
// 1 December. Three schemes are planted for the flags (decision 0205):
//   School No. 12 — ghost pupils: every pupil on the list is fed every school day (meal_redemption).
//   School No. 25 — meals on a holiday: its calendar kept Monday 2 November, the district's autumn-break day, as a
//     school day, and the canteen fed the list (meal_non_school_day).
//   School No. 38 — a burst of replayed codes: on 18 November a phone scanned six codes and then replayed them,
//     thirty scans in a minute (meal_scan_burst).
// Runs once: a second run finds the operator's BIN and stops.

export const DASTARKHAN_BIN = makeBin(18, 6, 24_615);
const T = (tenge: number) => BigInt(Math.round(tenge * 100));
const PUPILS = 24;

async function actorFor(email: string): Promise<TActor> {
  const u = await prisma().user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
  return { userId: u.id, role: u.role, name: u.name, email: u.email, organizationId: u.organizationId, organizationKind: u.organization?.kind ?? null, organizationName: u.organization?.name ?? null, isFinance: u.organization?.isFinance ?? false };
}

async function schoolUser(u: (typeof DEMO_SCHOOL_USERS)[number]): Promise<TActor> {
  await prisma().user.create({ data: { email: u.email, name: u.name, role: schoolUserRole(), organizationId: null, passwordHash: await hashPassword(DEMO_PASSWORD) } });
  return actorFor(u.email);
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const almaty = (iso: string, seconds: number) => new Date(Date.parse(`${iso}T08:00:00+05:00`) + seconds * 1000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** November 2026's weekdays. */
const NOVEMBER = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2026, 10, i + 1))).filter((d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6);
const AUTUMN_BREAK = "2026-11-02";

type TSchools = Map<number, { id: number; staff: TActor; director: TActor }>;
type TVouchers = Map<number, { voucherId: number; secret: string }[]>;

export async function seedDemoMeals(): Promise<{ meals: number; refused: number; flags: number }> {
  const db = prisma();
  if (await db.organization.findUnique({ where: { bin: DASTARKHAN_BIN } })) return { meals: 0, refused: 0, flags: 0 };
  const district = await actorFor("official@edu.gov.kz");
  const { colour, programme } = await fundProgramme(district);
  const operator = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name: "Dastarkhan Catering LLP", nameRu: "ТОО «Дастархан Кейтеринг»", bin: DASTARKHAN_BIN } });
  await db.organization.update({ where: { id: operator.id }, data: { address: "Almaty, Bostandyk district, Timiryazev st. 42", region: "almaty-city", registeredOn: new Date("2018-06-11"), bankAccount: "KZ63 601A 8610 0024 6150" } });
  await createUser({ actor: SYSTEM_ACTOR, input: { email: "canteen@dastarkhan.kz", name: "Ainur Serikovna Dzhumabayeva", role: "contractor", organizationId: operator.id, password: DEMO_PASSWORD } });
  const canteen = await actorFor("canteen@dastarkhan.kz");
  const schools = await districtSchools(district);
  const contract = await createCanteenContract({
    actor: district,
    input: {
      programmeId: programme.id,
      operatorId: operator.id,
      number: "ДК-2026/БО-07",
      startsOn: day("2026-09-01"),
      endsOn: day("2027-05-31"),
      schoolIds: [...schools.values()].map((s) => s.id),
      meals: [{ mealType: "breakfast", tariffTiyn: T(520), servesFromMin: 8 * 60, servesToMin: 9 * 60 + 30 }],
    },
  });
  const vouchers = await enrol(schools, programme.id);
  const { meals, refused, served } = await breakfasts(canteen, schools, vouchers);

  // Parents' absence marks: two at No. 25 still under review; one at No. 38 upheld by the district. Each is dated
  // as it happened, the evening a day or two after the meal (Almaty), not at the seed's minute.
  for (const [key, note, openedAt] of [
    ["25|2026-11-24|3", null, "2026-11-25T14:20:00Z"],
    ["25|2026-11-24|4", null, "2026-11-26T13:05:00Z"],
    ["38|2026-11-12|3", "Absent: the class register shows the pupil ill", "2026-11-13T15:40:00Z"],
  ] as const) {
    const mealId = served.get(key);
    if (!mealId) throw new Error(`The demo's disputed meal ${key} was not served`);
    const [n, , p] = key.split("|");
    const dispute = await disputeMeal({ secret: vouchers.get(Number(n))![Number(p)]!.secret, mealId });
    await db.mealDispute.update({ where: { id: dispute.id }, data: { createdAt: new Date(openedAt) } });
    if (note) await reviewMealDispute({ actor: district, disputeId: dispute.id, decision: "upheld", note, now: new Date("2026-11-27T05:00:00Z") });
  }
  // November settled on 1 December: one coloured payment to the operator, its attendance sheet's root in the journal.
  const settledAt = new Date("2026-12-01T05:00:00Z");
  await atHistoricMoment(settledAt, () => settleMeals({ actor: district, contractId: contract.id, day: day("2026-11-15"), now: settledAt }));
  // The published demo voucher: School No. 12's first pupil opens with DEMO_PARENT_CODE (its letter's secret is replaced).
  await db.mealVoucher.update({ where: { id: vouchers.get(12)![0]!.voucherId }, data: { secretHash: voucherSecretHash(DEMO_PARENT_CODE) } });
  const flags = await refreshFlagsForColour(colour.id);
  return { meals, refused, flags: flags.open };
}

/** The programme's project, its colour on the "hot meals" budget line (allocated in August) and the programme. */
async function fundProgramme(district: TActor) {
  const finance = await actorFor("official@minfin.gov.kz");
  const minedu = district.organizationId!;
  const line = await prisma().budgetLine.findFirstOrThrow({ where: { code: "04 2 464 003 015", specifics: "159", fiscalYear: 2026 } });
  const project = await createProject({
    actor: SYSTEM_ACTOR,
    input: withNames({
      name: "Free school meals 2026/27, Bostandyk district, Almaty",
      region: "almaty-city",
      address: "Almaty, Bostandyk district",
      ministryId: minedu,
      startsOn: day("2026-09-01"),
      endsOn: day("2027-05-31"),
      items: [{ code: "562910.000.000001", name: "Hot breakfast for a pupil of grades 1–4", category: "56.29", unit: "порция", quantityMilli: 72n * 170n * 1000n, ceilingUnitPriceTiyn: T(600) }].map(withNames),
    }),
  });
  const colour = await atHistoricMoment(new Date("2026-08-25T05:00:00Z"), () =>
    allocateColour({
      actor: finance,
      input: { budgetLineId: line.id, projectId: project.id, amountTiyn: T(7_500_000), expiresAt: new Date("2027-06-30T18:59:59Z"), reason: "Allocation order No. 44-2026: free hot breakfasts, Bostandyk district", rules: { allowedItemCodes: "all", advanceLimitBp: 0, approvalThresholdTiyn: T(5_000_000), exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } } },
    }),
  );
  const programme = await createMealProgramme({
    actor: district,
    input: { colourId: colour.id, departmentId: minedu, schoolYear: 2026, startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), settlementPeriod: "monthly", ceilings: { breakfast: T(600) } },
  });
  return { colour, programme };
}

/** The three schools, November's calendar (No. 25 kept the autumn-break day as a school day), their two users each. */
async function districtSchools(district: TActor): Promise<TSchools> {
  const schools: TSchools = new Map();
  for (const n of [12, 25, 38]) {
    const school = await createSchool({ actor: district, input: { name: `School No. ${n}`, nameRu: `Школа-гимназия № ${n}`, region: "almaty-city", departmentId: district.organizationId! } });
    const days = NOVEMBER.map((d) => (iso(d) === AUTUMN_BREAK && n !== 25 ? { day: d, isSchoolDay: false, note: "Autumn break" } : { day: d, isSchoolDay: true }));
    await setSchoolCalendar({ actor: district, schoolId: school.id, days });
    const [staffSeed, directorSeed] = DEMO_SCHOOL_USERS.filter((u) => u.school === n);
    const staff = await schoolUser(staffSeed!);
    const director = await schoolUser(directorSeed!);
    await addSchoolStaff({ actor: district, schoolId: school.id, userId: staff.userId, position: "staff" });
    await addSchoolStaff({ actor: district, schoolId: school.id, userId: director.userId, position: "director" });
    schools.set(n, { id: school.id, staff, director });
  }
  return schools;
}

/** 24 pupils a school, grades 1–4 (born 2016–2019), on November's list (built by the coordinator, approved by the director), with vouchers. */
async function enrol(schools: TSchools, programmeId: number): Promise<TVouchers> {
  const vouchers: TVouchers = new Map();
  let serial = 1;
  for (const [n, s] of schools) {
    const list = [];
    for (let i = 0; i < PUPILS; i++) {
      const year = 16 + (i % 4);
      const iin = makeIin(`${year}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + ((i * 7) % 28)).padStart(2, "0")}`, i % 2 ? 5 : 6, 1000 + n * 100 + serial++);
      const pupil = await registerPupil({ actor: s.staff, schoolId: s.id, iin, className: `${4 - (i % 4)}${"АБВ"[i % 3]}`, category: i % 3 ? "low-income" : "large family" });
      list.push(pupil.id);
    }
    const built = await buildEligibilityList({ actor: s.staff, schoolId: s.id, month: day("2026-11-01"), pupilIds: list });
    await approveEligibilityList({ actor: s.director, listId: built.id, now: new Date("2026-10-28T06:30:00Z") });
    const issued = [];
    for (const pupilId of list) issued.push(await issueVoucher({ actor: s.staff, programmeId, pupilId }));
    vouchers.set(n, issued);
  }
  return vouchers;
}

/**
 * Breakfasts as they happened: one tablet at each school, a child every 25 seconds from 08:05. At No. 12 the whole
 * list every day; elsewhere about nine children in ten (a fixed pattern of absences). Then the burst at No. 38.
 */
async function breakfasts(canteen: TActor, schools: TSchools, vouchers: TVouchers) {
  let meals = 0;
  let refused = 0;
  let scanNo = 0;
  const scan = async (n: number, pupil: number, at: Date, device: string, tokenAt = at) => {
    const v = vouchers.get(n)![pupil]!;
    const r = await recordMeal({ actor: canteen, device, scan: { schoolId: schools.get(n)!.id, mealType: "breakfast", scanToken: mealToken(mealTokenKey(), v.voucherId, tokenAt), scannedAt: at, clientScanId: `demo-${++scanNo}` }, now: new Date(at.getTime() + 4_000) });
    if (r.status === "served") meals++;
    else refused++;
    return r;
  };
  const served = new Map<string, bigint>();
  for (const [di, d] of NOVEMBER.entries()) {
    const date = iso(d);
    for (const n of [12, 25, 38]) {
      if (date === AUTUMN_BREAK && n !== 25) continue;
      for (let p = 0; p < PUPILS; p++) {
        if (n !== 12 && (p * 7 + di * 3 + n) % 10 === 0) continue;
        if (n === 38 && date === "2026-11-18" && p < 6) continue; // the burst's six, below
        const r = await scan(n, p, almaty(date, 300 + p * 25), `tablet-${n}`);
        if (r.status === "served") served.set(`${n}|${date}|${p}`, r.mealId);
      }
    }
  }
  // The burst at No. 38, 18 November 09:00: six fresh codes, then each replayed four times, two seconds apart.
  const burst = Date.parse("2026-11-18T09:00:00+05:00");
  for (let k = 0; k < 30; k++) await scan(38, k % 6, new Date(burst + k * 2_000), "phone-7", new Date(burst + (k % 6) * 2_000));
  return { meals, refused, served };
}
