import { describe, expect, it } from "vitest";
import { makeIin } from "../../lib/kz/iin";
import { officialMealFigures, publicMealRegion, publicMealRegions } from "../../lib/meals/meal-figures";
import { disputeMeal } from "../../lib/meals/parent";
import { settleMeals } from "../../lib/meals/settle-meals";
import { traceMoney } from "../../lib/trace/trace";
import { tracePageView } from "../../lib/trace/trace-view";
import { official, T } from "../support/ledger-fixtures";
import { almaty, day, mealDistrict, serve } from "../support/meal-district";

// The public meal figures (decision 0208): counts of 1–4 hidden, and one more where a single hidden cell could be
// recovered from the total; money hidden with its paid meals; the officials' view exact, for their department only.

describe("school-meal figures", () => {
  it("hide counts below 5 on the public portal, and show them to the department's officials", { timeout: 120_000 }, async () => {
    const extra = [0, 0, 1, 1, 1].map((school, i) => ({ school, iin: makeIin("150707", 5, 700 + i) }));
    const m = await mealDistrict({ schools: 3, pupils: 4, extra });
    const [A, B, C] = [0, 1, 2];
    const meals: bigint[] = [];
    const feed = async (school: number, count: number) => {
      for (let i = 0; i < count; i++) {
        const r = await serve(m, { school, pupil: m.pupils[school]![i]!, at: almaty("2026-11-03", `08:${String(10 + i).padStart(2, "0")}`), device: `d-${school}` });
        expect(r.status).toBe("served");
        if (r.status === "served" && school === B && i === 0) meals.push(r.mealId);
      }
    };
    await feed(A, 6);
    await feed(B, 7);
    await feed(C, 2);
    // One parent at B marks the meal absent: held out of settlement, counted as a dispute.
    await disputeMeal({ secret: m.pupils[B]![0]!.secret, mealId: meals[0]! });
    await settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-11-15"), now: new Date("2026-12-02T06:00:00Z") });

    const region = (await publicMealRegion({ region: "almaty", month: "2026-11" }))!.value;
    const bySchool = (i: number) => region.schools.find((s) => s.schoolId === m.schools[i]!.school.id)!;
    // Eligible [6, 7, 4]: C's 4 hidden, and A's 6 with it (else 17 − 7 − 6 = 4).
    expect([bySchool(A).eligible, bySchool(B).eligible, bySchool(C).eligible]).toEqual([null, 7, null]);
    expect([bySchool(A).meals, bySchool(B).meals, bySchool(C).meals]).toEqual([null, 7, null]);
    // Disputes [0, 1, 0]: B's one hidden; zeros identify nobody.
    expect([bySchool(A).disputes, bySchool(B).disputes, bySchool(C).disputes]).toEqual([0, null, 0]);
    // Paid meals [6, 6, 2]: C and one other hidden, money with them; B's six meals at 450 ₸.
    expect(bySchool(B)).toMatchObject({ paidTiyn: T(2700), averageTiyn: T(450) });
    expect([bySchool(A).paidTiyn, bySchool(C).paidTiyn, bySchool(C).averageTiyn]).toEqual([null, null, null]);
    expect(region.total).toMatchObject({ eligible: 17, meals: 15, disputes: null, paidTiyn: T(6300) });
    // No pupil in it: no pupil id, no IIN.
    const text = JSON.stringify(region, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    for (const p of m.pupils.flat()) expect(text).not.toContain(p.iin);
    expect(Object.keys(region.schools[0]!).sort()).toEqual(["averageTiyn", "disputes", "eligible", "meals", "name", "nameRu", "paidTiyn", "schoolId"]);

    const national = (await publicMealRegions({ month: "2026-11" })).value;
    expect(national.regions.find((r) => r.region === "almaty")).toMatchObject({ schools: 3, eligible: 17, meals: 15, disputes: null });
    expect(await publicMealRegion({ region: "no such region" })).toBeNull();
    expect(await publicMealRegion({ region: "almaty'; --" })).toBeNull();

    // The department's official: exact figures of its schools. Another ministry's official: none of them.
    const exact = await officialMealFigures({ actor: m.district, month: "2026-11" });
    expect(exact.schools.map((s) => [s.eligible, s.meals, s.disputes])).toEqual([[6, 6, 0], [7, 7, 1], [4, 2, 0]]);
    const other = await officialMealFigures({ actor: official(m.w.ministry.id + 1000, 77), month: "2026-11" });
    expect(other.schools).toEqual([]);

    // The trace follows the meal colour like any other, down to the canteen: the settlement is a payment from the
    // programme's project to the operator, and the operator's money is followed back to the colour.
    const investigator = { ...m.district, role: "investigator" as const, organizationId: null, userId: 4243 };
    const forward = await traceMoney({ actor: investigator, subject: { kind: "colour", id: m.w.colour.id }, direction: "forward" });
    const canteen = `company:${m.operatorCompany.id}`;
    expect(forward.nodes.map((n) => n.key)).toContain(canteen);
    expect(forward.links.filter((l) => l.to === canteen).reduce((s, l) => s + l.amountTiyn, 0n)).toBe(T(6300));
    const back = await traceMoney({ actor: investigator, subject: { kind: "company", id: m.operatorCompany.id }, direction: "backward" });
    expect(back.transfers.map((t) => t.documentType)).toEqual(["allocation", "meal_settlement"]);
    expect(back.nodes.map((n) => n.key)).toEqual(expect.arrayContaining([`colour:${m.w.colour.id}`, canteen]));
    const view = await tracePageView({ actor: investigator, subject: { kind: "company", id: m.operatorCompany.id }, direction: "backward", depth: 3, locale: "en" });
    expect(JSON.stringify(view, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).toContain("District Canteen LLP");
  });
});
