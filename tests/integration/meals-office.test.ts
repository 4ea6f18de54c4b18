import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { makeIin } from "../../lib/kz/iin";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "../../lib/meals/eligibility";
import { mealTokenKey } from "../../lib/meals/keys";
import { listMealProgrammes, mealProgrammeView, mealSettlementView, openMealDisputes, schoolCalendarMonth } from "../../lib/meals/office-screens";
import { addCanteenContract, markSchoolDays, ZCalendarMark, ZCanteenContract } from "../../lib/meals/office-writes";
import { disputeMeal, reviewMealDispute } from "../../lib/meals/parent";
import { createMealProgramme, createSchool, setSchoolCalendar } from "../../lib/meals/programme";
import { recordMealsBatch } from "../../lib/meals/record-meal";
import { ZAddPupil } from "../../lib/meals/school-forms";
import { eligibilityListView, mySchools, schoolPupilPage } from "../../lib/meals/school-screens";
import { addSchoolUser } from "../../lib/meals/school-users";
import { settleMeals } from "../../lib/meals/settle-meals";
import { mealToken } from "../../lib/meals/token";
import { loadActor } from "../../lib/users/load-actor";
import { financeOfficial } from "../support/actors";
import { buildWorld, company, contractor, official, T } from "../support/ledger-fixtures";

// The school's and the district's screens of school meals (decisions 0200–0203), read and written through their lib
// use cases as each role: scope (another school or department reads as not found), bad input (a message, nothing
// written), the second click (answered, nothing done twice), and settlement shown with its sheet and journal digest.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const almaty = (iso: string, hhmm: string) => new Date(`${iso}T${hhmm}:00+05:00`);

async function officeWorld() {
  const w = await buildWorld();
  const programme = await createMealProgramme({
    actor: w.alice,
    input: { colourId: w.colour.id, departmentId: w.ministry.id, schoolYear: 2026, startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), settlementPeriod: "monthly", ceilings: { breakfast: T(600), lunch: T(900) } },
  });
  const school = await createSchool({ actor: w.alice, input: { name: "School No. 12", region: "Almaty", departmentId: w.ministry.id } });
  const otherSchool = await createSchool({ actor: w.alice, input: { name: "School No. 45", region: "Almaty", departmentId: w.ministry.id } });
  const n = w.ministry.id;
  const staffUser = await addSchoolUser({ actor: SYSTEM_ACTOR, schoolId: school.id, email: `staff${n}@school12.kz`, name: "Aigerim Staff", password: "school-password-1", position: "staff" });
  const directorUser = await addSchoolUser({ actor: SYSTEM_ACTOR, schoolId: school.id, email: `director${n}@school12.kz`, name: "Bolat Director", password: "school-password-1", position: "director" });
  const otherUser = await addSchoolUser({ actor: SYSTEM_ACTOR, schoolId: otherSchool.id, email: `staff${n}@school45.kz`, name: "Other Staff", password: "school-password-1", position: "director" });
  const [staff, director, otherStaff] = await Promise.all([loadActor(staffUser.id, 0), loadActor(directorUser.id, 0), loadActor(otherUser.id, 0)]);
  const canteen = await company(`Dastarkhan ${n} LLP`);
  return { w, programme, school, otherSchool, staff: staff!, director: director!, otherStaff: otherStaff!, canteen };
}
type TOfficeWorld = Awaited<ReturnType<typeof officeWorld>>;

const contractInput = (m: TOfficeWorld, over: Partial<Parameters<typeof addCanteenContract>[0]["input"]> = {}) => ({
  programmeId: m.programme.id,
  bin: m.canteen.bin!,
  number: "CC-12",
  startsOn: "2026-09-01",
  endsOn: "2027-05-31",
  schoolIds: [m.school.id],
  meals: [{ mealType: "lunch" as const, tariffTiyn: T(800), servesFromMin: 12 * 60, servesToMin: 14 * 60 }],
  ...over,
});

describe("school meals: the school's screens", () => {
  it("a school user is an account of the school role with a school_staff row; adding it again changes nothing", async () => {
    const m = await officeWorld();
    expect(m.staff.role).toBe("school");
    const again = await addSchoolUser({ actor: SYSTEM_ACTOR, schoolId: m.school.id, email: m.staff.email, name: "Someone else", password: "another-password-1", position: "staff" });
    expect(again.id).toBe(m.staff.userId);
    expect(await prisma().schoolStaff.count({ where: { userId: m.staff.userId } })).toBe(1);
    expect((await mySchools({ actor: m.staff })).map((s) => s.school.id)).toEqual([m.school.id]);
    // Only a school user acts as a school: an official with a leftover school_staff row does not.
    await prisma().schoolStaff.create({ data: { userId: m.w.alice.userId, schoolId: m.school.id, position: "director" } });
    await expect(schoolPupilPage({ actor: m.w.alice, schoolId: m.school.id, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await mySchools({ actor: m.w.alice })).toEqual([]);
  });

  it("lists its own pupils by page, searched by class or a whole IIN, never showing an IIN; another school reads as not found", async () => {
    const m = await officeWorld();
    const iins = [0, 1, 2].map((i) => makeIin("150301", 5, 100 + i * 7));
    for (const [i, iin] of iins.entries()) await registerPupil({ actor: m.staff, schoolId: m.school.id, iin, className: i === 2 ? "4B" : "3A", category: "primary" });
    const all = await schoolPupilPage({ actor: m.staff, schoolId: m.school.id, page: 1 });
    expect(all.pupils.total).toBe(3);
    expect(JSON.stringify(all)).not.toContain(iins[0]!.slice(0, 8));
    expect((await schoolPupilPage({ actor: m.staff, schoolId: m.school.id, q: "4b", page: 1 })).pupils.rows.map((p) => p.className)).toEqual(["4B"]);
    expect((await schoolPupilPage({ actor: m.staff, schoolId: m.school.id, q: iins[1]!, page: 1 })).pupils.total).toBe(1);
    expect((await schoolPupilPage({ actor: m.staff, schoolId: m.school.id, q: "123456789012", page: 1 })).pupils.total).toBe(0);
    await expect(schoolPupilPage({ actor: m.otherStaff, schoolId: m.school.id, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(schoolPupilPage({ actor: m.w.alice, schoolId: m.school.id, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(registerPupil({ actor: m.otherStaff, schoolId: m.school.id, iin: makeIin("150301", 5, 300), className: "1A", category: "primary" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a malformed pupil with a message per field and writes nothing", async () => {
    const m = await officeWorld();
    const bad = ZAddPupil.safeParse({ schoolId: String(m.school.id), iin: "123456789012", className: "", category: "vip" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(["iin", "className", "category"]);
    expect(ZAddPupil.safeParse({ schoolId: "1 OR 1=1", iin: makeIin("150301", 5, 1), className: "1A", category: "primary" }).success).toBe(false);
    expect(await prisma().pupil.count({ where: { schoolId: m.school.id } })).toBe(0);
  });

  it("builds the month's list; the director approves it, but not a list the director built; a staff member never approves", async () => {
    const m = await officeWorld();
    const pupil = await registerPupil({ actor: m.staff, schoolId: m.school.id, iin: makeIin("150301", 5, 500), className: "2A", category: "primary" });
    const list = await buildEligibilityList({ actor: m.staff, schoolId: m.school.id, month: day("2026-12-01"), pupilIds: [pupil.id] });
    const asStaff = await eligibilityListView({ actor: m.staff, schoolId: m.school.id, month: day("2026-12-01") });
    expect(asStaff).toMatchObject({ isDirector: false, canApprove: false, builtByMe: true, canBuild: true, list: { pupils: 1, builtBy: "Aigerim Staff", approvedBy: null } });
    await expect(approveEligibilityList({ actor: m.staff, listId: list.id })).rejects.toBeInstanceOf(ForbiddenError);
    // The director rebuilds it, then may not approve it: another person must.
    await buildEligibilityList({ actor: m.director, schoolId: m.school.id, month: day("2026-12-01"), pupilIds: [pupil.id] });
    expect(await eligibilityListView({ actor: m.director, schoolId: m.school.id, month: day("2026-12-01") })).toMatchObject({ canApprove: true, builtByMe: true });
    await expect(approveEligibilityList({ actor: m.director, listId: list.id })).rejects.toMatchObject({ code: "SAME_PERSON_APPROVAL" });
    await buildEligibilityList({ actor: m.staff, schoolId: m.school.id, month: day("2026-12-01"), pupilIds: [pupil.id] });
    await approveEligibilityList({ actor: m.director, listId: list.id });
    // A second click of "approve" is told so; the list stays as approved.
    await expect(approveEligibilityList({ actor: m.director, listId: list.id })).rejects.toMatchObject({ code: "LIST_ALREADY_APPROVED" });
    expect(await eligibilityListView({ actor: m.staff, schoolId: m.school.id, month: day("2026-12-01") })).toMatchObject({ canBuild: false, list: { approvedBy: "Bolat Director" } });
    await expect(eligibilityListView({ actor: m.otherStaff, schoolId: m.school.id, month: day("2026-12-01") })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("school meals: the district's screens", () => {
  it("lists programmes in the caller's scope: the department's officials, Finance all, another ministry none, a company never", async () => {
    const m = await officeWorld();
    expect((await listMealProgrammes({ actor: m.w.alice, page: 1 })).rows.map((p) => p.id)).toEqual([m.programme.id]);
    expect((await listMealProgrammes({ actor: official(-5, 9001), page: 1 })).total).toBe(0);
    expect((await listMealProgrammes({ actor: financeOfficial(m.w.ministry.id, 9002), page: 1 })).rows.map((p) => p.id)).toContain(m.programme.id);
    await expect(listMealProgrammes({ actor: contractor(m.canteen.id, 9003), page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMealProgrammes({ actor: m.staff, page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const view = await mealProgrammeView({ actor: m.w.alice, programmeId: m.programme.id, month: day("2026-12-01") });
    expect(view).toMatchObject({ balanceTiyn: m.w.colour.mintedTiyn, paidTiyn: 0n, month: "2026-12" });
    expect(view.schools.map((s) => s.name)).toEqual(["School No. 12", "School No. 45"]);
    await expect(mealProgrammeView({ actor: official(-5, 9001), programmeId: m.programme.id, month: day("2026-12-01") })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("adds a canteen contract by the operator's BIN; an unknown BIN, a tariff above the ceiling or a second click is refused and adds nothing", async () => {
    const m = await officeWorld();
    await addCanteenContract({ actor: m.w.alice, input: contractInput(m) });
    await expect(addCanteenContract({ actor: m.w.alice, input: contractInput(m) })).rejects.toMatchObject({ code: "CONTRACT_NUMBER_TAKEN" });
    await expect(addCanteenContract({ actor: m.w.alice, input: contractInput(m, { number: "CC-13", bin: "990340000017" }) })).rejects.toMatchObject({ code: "OPERATOR_NOT_REGISTERED" });
    await expect(
      addCanteenContract({ actor: m.w.alice, input: contractInput(m, { number: "CC-14", meals: [{ mealType: "lunch", tariffTiyn: T(901), servesFromMin: 720, servesToMin: 840 }] }) }),
    ).rejects.toMatchObject({ code: "TARIFF_ABOVE_CEILING" });
    await expect(addCanteenContract({ actor: official(-5, 9001), input: contractInput(m, { number: "CC-15" }) })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma().canteenContract.count({ where: { programmeId: m.programme.id } })).toBe(1);
    const bad = ZCanteenContract.safeParse({
      programmeId: String(m.programme.id), bin: "123", number: "", startsOn: "2026-13-01", endsOn: "2027-05-31", schoolIds: [],
      breakfast: { enabled: true, tariff: "abc", from: "25:00", to: "9" }, lunch: { enabled: false, tariff: "", from: "", to: "" },
    });
    expect(bad.success).toBe(false);
    expect(new Set(bad.error!.issues.map((i) => i.path.join(".")))).toEqual(new Set(["bin", "number", "startsOn", "schoolIds", "breakfast.tariff", "breakfast.from", "breakfast.to"]));
  });

  it("marks a school's calendar in ranges: school days skip weekends, holidays cover every day, marking twice changes nothing", async () => {
    const m = await officeWorld();
    const input = (over: Partial<Parameters<typeof markSchoolDays>[0]["input"]>) => ({ programmeId: m.programme.id, schoolId: m.school.id, from: "2026-12-01", to: "2026-12-31", mark: "school" as const, note: "", ...over });
    expect(await markSchoolDays({ actor: m.w.alice, input: input({}) })).toBe(23);
    expect(await markSchoolDays({ actor: m.w.alice, input: input({ from: "2026-12-16", to: "2026-12-17", mark: "holiday", note: "Independence Day" }) })).toBe(2);
    expect(await markSchoolDays({ actor: m.w.alice, input: input({ from: "2026-12-16", to: "2026-12-17", mark: "holiday", note: "Independence Day" }) })).toBe(2);
    const month = await schoolCalendarMonth({ actor: m.w.alice, programmeId: m.programme.id, schoolId: m.school.id, month: day("2026-12-01") });
    expect(month.days).toHaveLength(31);
    expect(month.days.filter((d) => d.mark === "school")).toHaveLength(21);
    expect(month.days.find((d) => d.day === "2026-12-16")).toMatchObject({ mark: "holiday", note: "Independence Day" });
    expect(month.days.find((d) => d.day === "2026-12-05")).toMatchObject({ mark: null });
    await expect(markSchoolDays({ actor: m.w.alice, input: input({ from: "2026-01-01", to: "2027-12-31" }) })).rejects.toMatchObject({ code: "PERIOD_INVALID" });
    await expect(markSchoolDays({ actor: m.w.alice, input: input({ from: "2026-12-31", to: "2026-12-01" }) })).rejects.toMatchObject({ code: "PERIOD_INVALID" });
    await expect(markSchoolDays({ actor: official(-5, 9001), input: input({}) })).rejects.toBeInstanceOf(NotFoundError);
    expect(ZCalendarMark.safeParse({ programmeId: "1", schoolId: "1", from: "yesterday", to: "2026-12-01", mark: "party", note: "\u0000" }).success).toBe(false);
    // The two holidays replaced two school days (a Wednesday and a Thursday): 23 marked days, not 25.
    expect(await prisma().schoolCalendarDay.count({ where: { schoolId: m.school.id } })).toBe(23);
  });

  it("settles a contract's month: the sheet it paid, its digest in the journal entry; disputes wait for the official", async () => {
    const m = await officeWorld();
    const contract = await addCanteenContract({ actor: m.w.alice, input: contractInput(m) });
    await markSchoolDays({ actor: m.w.alice, input: { programmeId: m.programme.id, schoolId: m.school.id, from: "2026-12-01", to: "2026-12-31", mark: "school", note: "" } });
    const pupils = [];
    for (let i = 0; i < 2; i++) pupils.push(await registerPupil({ actor: m.staff, schoolId: m.school.id, iin: makeIin("150301", 5, 700 + i * 7), className: "3A", category: "primary" }));
    const list = await buildEligibilityList({ actor: m.staff, schoolId: m.school.id, month: day("2026-12-01"), pupilIds: pupils.map((p) => p.id) });
    await approveEligibilityList({ actor: m.director, listId: list.id });
    const vouchers = [];
    for (const p of pupils) vouchers.push(await issueVoucher({ actor: m.staff, programmeId: m.programme.id, pupilId: p.id }));
    await expect(issueVoucher({ actor: m.staff, programmeId: m.programme.id, pupilId: pupils[0]!.id })).rejects.toMatchObject({ code: "VOUCHER_EXISTS" });
    const at = almaty("2026-12-07", "12:30");
    const served = await recordMealsBatch({
      actor: contractor(m.canteen.id, 9004),
      device: "tablet-1",
      scans: vouchers.map((v, i) => ({ schoolId: m.school.id, mealType: "lunch", scanToken: mealToken(mealTokenKey(), v.voucherId, at), scannedAt: at, clientScanId: `s-${i}` })),
      now: almaty("2026-12-07", "18:00"),
    });
    const mealIds = served.map((r) => (r.status === "served" ? r.mealId : 0n));
    expect(mealIds.every((id) => id > 0n)).toBe(true);
    await disputeMeal({ secret: vouchers[1]!.secret, mealId: mealIds[1]! });
    const disputes = await openMealDisputes({ actor: m.w.alice, programmeId: m.programme.id, page: 1 });
    expect(disputes.rows.map((d) => [d.mealId, d.day, d.className])).toEqual([[mealIds[1], "2026-12-07", "3A"]]);
    await expect(openMealDisputes({ actor: official(-5, 9001), programmeId: m.programme.id, page: 1 })).rejects.toBeInstanceOf(NotFoundError);

    const paid = await settleMeals({ actor: m.w.alice, contractId: contract.id, day: day("2026-12-10"), now: almaty("2027-01-05", "10:00") });
    expect(paid).toMatchObject({ mealCount: 1, amountTiyn: T(800), replayed: false });
    const again = await settleMeals({ actor: m.w.alice, contractId: contract.id, day: day("2026-12-20"), now: almaty("2027-01-05", "10:01") });
    expect(again).toMatchObject({ settlementId: paid.settlementId, replayed: true });
    const view = await mealSettlementView({ actor: m.w.alice, programmeId: m.programme.id, settlementId: paid.settlementId, page: 1 });
    expect(view.journal).toMatchObject({ chain: m.w.colour.id, digest: paid.digest });
    expect(view.meals.rows.map((r) => [r.id, r.tariffTiyn, r.className])).toEqual([[mealIds[0], T(800), "3A"]]);
    await expect(mealSettlementView({ actor: official(-5, 9001), programmeId: m.programme.id, settlementId: paid.settlementId, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    const programmeView = await mealProgrammeView({ actor: m.w.alice, programmeId: m.programme.id, month: day("2026-12-01") });
    expect(programmeView.paidTiyn).toBe(T(800));
    expect(programmeView.balanceTiyn).toBe(m.w.colour.mintedTiyn - T(800));
    expect(programmeView.schools[0]!.list).toMatchObject({ pupils: 2, approved: true });

    await expect(reviewMealDispute({ actor: m.w.alice, disputeId: disputes.rows[0]!.id, decision: "dismissed", note: "no" })).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    await reviewMealDispute({ actor: m.w.alice, disputeId: disputes.rows[0]!.id, decision: "dismissed", note: "The canteen's sheet shows the meal" });
    await expect(reviewMealDispute({ actor: m.w.alice, disputeId: disputes.rows[0]!.id, decision: "upheld", note: "Second click" })).rejects.toMatchObject({ code: "DISPUTE_ALREADY_REVIEWED" });
    expect((await openMealDisputes({ actor: m.w.alice, programmeId: m.programme.id, page: 1 })).total).toBe(0);
  });
});

// A calendar set the old way (setSchoolCalendar) reads the same on the screen.
it("reads a calendar set through setSchoolCalendar", async () => {
  const m = await officeWorld();
  await setSchoolCalendar({ actor: m.w.alice, schoolId: m.otherSchool.id, days: [{ day: day("2026-12-01"), isSchoolDay: true }] });
  const month = await schoolCalendarMonth({ actor: m.w.alice, programmeId: m.programme.id, schoolId: m.otherSchool.id, month: day("2026-12-01") });
  expect(month.days[0]).toMatchObject({ day: "2026-12-01", mark: "school", weekday: 2 });
});

export type { TActor };
