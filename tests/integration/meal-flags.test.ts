import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { FLAG_CONFIG, type TFlagConfig } from "../../lib/flags/config";
import { flagPageView } from "../../lib/flags/flag-view";
import { refreshFlagsForColour } from "../../lib/flags/refresh-flags";
import { makeIin } from "../../lib/kz/iin";
import { disputeMeal, reviewMealDispute } from "../../lib/meals/parent";
import { createCanteenContract, createSchool, setSchoolCalendar } from "../../lib/meals/programme";
import { company, T } from "../support/ledger-fixtures";
import { almaty, day, mealDistrict, serve, type TFixturePupil, type TMealDistrict } from "../support/meal-district";

// The school-meal flags (decision 0205) on a small district planted with every scheme and a legitimate look-alike
// of each, recorded through the real scan path. The redemption rate, the dispute rate and the tariff are judged here
// with small populations (a config for four pupils, not twenty).

const CONFIG: TFlagConfig = {
  ...FLAG_CONFIG,
  mealRedemption: { ...FLAG_CONFIG.mealRedemption, minDays: 3, minPupils: 4 },
  mealTariff: { ...FLAG_CONFIG.mealTariff, minContracts: 2 },
};

const INVESTIGATOR = { userId: 9001, role: "investigator" as const, name: "Investigator", email: "i@acc.kz", organizationId: null, organizationKind: null, organizationName: null, isFinance: false };

async function served(m: TMealDistrict, args: Parameters<typeof serve>[1]) {
  const r = await serve(m, args);
  expect(r, `${args.at.toISOString()} ${args.device ?? ""}`).toMatchObject({ status: "served" });
  return r.status === "served" ? r.mealId : 0n;
}

describe("school-meal flags on a planted district", () => {
  it("finds each planted scheme, and none of the look-alikes", { timeout: 120_000 }, async () => {
    const [A, B, C] = [0, 1, 2];
    // One child (one IIN) at A and C; another who moved from B to C mid-month: each on both schools' November lists.
    const twin = makeIin("150505", 5, 901);
    const mover = makeIin("150606", 6, 902);
    const m = await mealDistrict({ schools: 3, pupils: 4, extra: [{ school: A, iin: twin }, { school: B, iin: mover }, { school: C, iin: twin }, { school: C, iin: mover }] });
    const s = (i: number) => m.schools[i]!;
    const p = (school: number, i: number): TFixturePupil => m.pupils[school]![i]!;
    const { district } = m;
    // A and B keep Saturday 7 November as a weekend in their calendars: C's Saturday of lessons is still no holiday
    // its peers declared (decision 0266).
    await setSchoolCalendar({ actor: district, schoolId: s(A).school.id, days: [{ day: day("2026-11-07"), isSchoolDay: false, note: "Weekend" }] });
    await setSchoolCalendar({ actor: district, schoolId: s(B).school.id, days: [{ day: day("2026-11-02"), isSchoolDay: false, note: "Autumn break" }, { day: day("2026-11-07"), isSchoolDay: false, note: "Weekend" }] });
    await setSchoolCalendar({ actor: district, schoolId: s(C).school.id, days: [{ day: day("2026-11-02"), isSchoolDay: false, note: "Autumn break" }, { day: day("2026-11-07"), isSchoolDay: true, note: "Six-day week" }] });

    // Ghost list at A: all five fed on 3, 4 and 5 November. B (honest): three of five.
    for (const d of ["2026-11-03", "2026-11-04", "2026-11-05"]) {
      for (let i = 0; i < 5; i++) await served(m, { school: A, pupil: p(A, i), at: almaty(d, `08:${String(10 + i).padStart(2, "0")}`) });
      for (let i = 0; i < 3; i++) await served(m, { school: B, pupil: p(B, i), at: almaty(d, `08:${String(20 + i).padStart(2, "0")}`), device: "phone-b" });
    }
    // A fed two pupils on the district's autumn-break day; C fed one on its Saturday of lessons (look-alike).
    await served(m, { school: A, pupil: p(A, 0), at: almaty("2026-11-02", "08:15") });
    await served(m, { school: A, pupil: p(A, 1), at: almaty("2026-11-02", "08:16") });
    await served(m, { school: C, pupil: p(C, 0), at: almaty("2026-11-07", "08:15"), device: "phone-c" });
    // B fed two on Friday 6 November, which the district then declared a holiday at B (a heating failure).
    await served(m, { school: B, pupil: p(B, 0), at: almaty("2026-11-06", "08:15"), device: "phone-b" });
    await served(m, { school: B, pupil: p(B, 1), at: almaty("2026-11-06", "08:16"), device: "phone-b" });
    await setSchoolCalendar({ actor: district, schoolId: s(B).school.id, days: [{ day: day("2026-11-06"), isSchoolDay: false, note: "No heating" }] });

    // A burst at C on 10 November: four meals, then 20 replays of the same four codes, 2 seconds apart.
    const t0 = almaty("2026-11-10", "08:30");
    const at = (k: number) => new Date(t0.getTime() + k * 2_000);
    for (let i = 0; i < 4; i++) await served(m, { school: C, pupil: p(C, i), at: at(i), device: "burst" });
    for (let k = 4; k < 24; k++) expect(await serve(m, { school: C, pupil: p(C, k % 4), at: at(k), token: at(k % 4), device: "burst" })).toMatchObject({ status: "refused", code: "MEAL_TOKEN_REPLAYED" });
    // An honest cashier at B the same day: one child every 6 seconds (only four children: no burst either way).
    for (let i = 0; i < 4; i++) await served(m, { school: B, pupil: p(B, i), at: new Date(t0.getTime() + i * 6_000), device: "phone-b" });

    // One phone at A at 08:10 and at B at 08:20 on 11 November; another moved from A to B for good (12 → 13 November).
    await served(m, { school: A, pupil: p(A, 0), at: almaty("2026-11-11", "08:10"), device: "roam" });
    await served(m, { school: B, pupil: p(B, 0), at: almaty("2026-11-11", "08:20"), device: "roam" });
    await served(m, { school: A, pupil: p(A, 1), at: almaty("2026-11-12", "08:10"), device: "moved" });
    await served(m, { school: B, pupil: p(B, 1), at: almaty("2026-11-13", "08:20"), device: "moved" });

    // Three meals at B marked absent and upheld; two at C (a mis-scan).
    const disputed = async (school: number, i: number, d: string, upheld: boolean) => {
      const mealId = await served(m, { school, pupil: p(school, i), at: almaty(d, "12:30"), mealType: "lunch", device: `lunch-${school}` });
      const dispute = await disputeMeal({ secret: p(school, i).secret, mealId });
      await reviewMealDispute({ actor: district, disputeId: dispute.id, decision: upheld ? "upheld" : "dismissed", note: upheld ? "Absent, school register" : "Present, register" });
    };
    for (const i of [0, 1, 2]) await disputed(B, i, "2026-11-16", true);
    for (const i of [0, 1]) await disputed(C, i, "2026-11-16", true);
    await disputed(C, 2, "2026-11-17", false);

    // A second operator at a fourth school at 700 ₸ a breakfast, where the district's contract pays 450.
    const other = await company("Costly Canteen LLP");
    const D = await createSchool({ actor: district, input: { name: "School No. 99", region: "almaty", departmentId: m.w.ministry.id } });
    const costly = await createCanteenContract({
      actor: district,
      input: { programmeId: m.programme.id, operatorId: other.id, number: "CC-F2", startsOn: day("2026-09-01"), endsOn: day("2027-05-31"), schoolIds: [D.id], meals: [{ mealType: "breakfast", tariffTiyn: T(700), servesFromMin: 480, servesToMin: 570 }] },
    });

    // The twin fed at A and at C on 18 November; the mover fed at B on the 4th (after breakfast) and at C on the 19th.
    await served(m, { school: A, pupil: p(A, 4), at: almaty("2026-11-18", "08:10") });
    await served(m, { school: C, pupil: p(C, 4), at: almaty("2026-11-18", "08:12"), device: "phone-c" });
    await served(m, { school: B, pupil: p(B, 4), at: almaty("2026-11-04", "12:40"), mealType: "lunch", device: "phone-b" });
    await served(m, { school: C, pupil: p(C, 5), at: almaty("2026-11-19", "08:12"), device: "phone-c" });

    const result = await refreshFlagsForColour(m.w.colour.id, { config: CONFIG });
    expect(result.open).toBeGreaterThan(0);
    const flags = await prisma().flag.findMany({ where: { colourId: m.w.colour.id, status: "open" }, orderBy: { key: "asc" } });
    const keys = flags.map((f) => f.key);
    const sid = (i: number) => s(i).school.id;
    const c = m.w.colour.id;
    expect(keys).toEqual(
      expect.arrayContaining([
        `meal_non_school_day:school:colour:${c}:school:${sid(A)}`,
        `meal_non_school_day:school:colour:${c}:school:${sid(B)}`,
        `meal_redemption:school:colour:${c}:school:${sid(A)}:month:2026-11:breakfast`,
        `meal_scan_burst:meal_device:colour:${c}:device:${m.operatorCompany.id}/burst:day:2026-11-10`,
        `meal_device_schools:meal_device:colour:${c}:device:${m.operatorCompany.id}/roam`,
        `meal_absent_pupil:school:colour:${c}:school:${sid(B)}:month:2026-11`,
        `meal_tariff:canteen_contract:colour:${c}:canteen_contract:${costly.id}:breakfast`,
      ]),
    );
    // The look-alikes: C's Saturday, B's list, the cashier at B, the phone moved for good, C's two upheld disputes,
    // the cheaper contract.
    expect(keys.filter((k) => k.includes(`school:${sid(C)}`) && k.startsWith("meal_non_school_day"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("meal_redemption") && !k.includes(`school:${sid(A)}:`))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("meal_scan_burst") && !k.includes("/burst:"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("meal_device_schools") && !k.endsWith("/roam"))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("meal_absent_pupil") && !k.includes(`school:${sid(B)}:`))).toEqual([]);
    expect(keys.filter((k) => k.startsWith("meal_tariff") && !k.includes(`canteen_contract:${costly.id}:`))).toEqual([]);
    const two = flags.filter((f) => f.kind === "meal_pupil_two_schools");
    expect(two.map((f) => f.subjectId)).toEqual([`colour:${c}:pupil:${p(A, 4).pupilId}-${p(C, 4).pupilId}:month:2026-11`]);
    expect(two[0]).toMatchObject({ severity: "high", facts: { sameDays: 1 } });

    const burst = flags.find((f) => f.kind === "meal_scan_burst")!;
    expect(burst).toMatchObject({ companyId: m.operatorCompany.id, facts: { scans: 24, served: 4, refused: 20, replayed: 20 } });
    expect((burst.evidence as { scans: string[] }).scans).toHaveLength(20);
    const holiday = flags.find((f) => f.key === `meal_non_school_day:school:colour:${c}:school:${sid(A)}`)!;
    expect(holiday.facts).toMatchObject({ meals: 2, peerHolidayMeals: 2, days: "2026-11-02" });
    const heating = flags.find((f) => f.key === `meal_non_school_day:school:colour:${c}:school:${sid(B)}`)!;
    expect(heating.facts).toMatchObject({ meals: 2, calendarMeals: 2, days: "2026-11-06" });

    // The investigator's page lists the meals and the refused scans behind a flag, never a pupil's IIN.
    const view = await flagPageView({ actor: INVESTIGATOR, flagId: burst.id, locale: "en" });
    expect(view.mealEvidence.scans).toHaveLength(20);
    expect(view.mealEvidence.meals).toHaveLength(4);
    expect(view.mealEvidence.scans[0]).toMatchObject({ code: "MEAL_TOKEN_REPLAYED" });
    expect(JSON.stringify(view)).not.toContain(p(C, 0).iin);
  });
});
