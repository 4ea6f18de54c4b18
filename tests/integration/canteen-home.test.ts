import { describe, expect, it } from "vitest";
import { canteenHome } from "../../lib/home/canteen-home";
import { isCanteenOperator } from "../../lib/meals/scope";
import { NotFoundError } from "../../lib/errors";
import { disputeMeal } from "../../lib/meals/parent";
import { assertCanteenOperator } from "../../lib/meals/scope";
import { settleMeals } from "../../lib/meals/settle-meals";
import { contractor, T } from "../support/ledger-fixtures";
import { almaty, day, mealDistrict, serve } from "../support/meal-district";

// The canteen operator's home (issue 19, decision 0255): today's meals per school and meal type, refused scans,
// contracts with their next settlement, the last settlement paid, open disputes — of the operator's contracts only.
describe("the canteen operator's home", () => {
  it("says what today holds, from the operator's own contracts only", { timeout: 120_000 }, async () => {
    const m = await mealDistrict({ schools: 2, pupils: 3 });
    const now = almaty("2026-11-10", "15:00");

    const empty = await canteenHome(m.operator, almaty("2026-11-09", "07:00"));
    expect([empty.served, empty.refusedToday, empty.lastSettlement, empty.openDisputes]).toEqual([[], 0, null, 0]);
    expect(empty.contracts.map((c) => [c.number, c.schools, c.settles, c.nextSettlementAfter])).toEqual([["CC-F1", 2, "monthly", day("2026-11-30")]]);

    const first = await serve(m, { school: 0, pupil: m.pupils[0]![0]!, at: almaty("2026-11-10", "08:10") });
    await serve(m, { school: 0, pupil: m.pupils[0]![1]!, at: almaty("2026-11-10", "08:11") });
    await serve(m, { school: 0, pupil: m.pupils[0]![1]!, at: almaty("2026-11-10", "12:30"), mealType: "lunch" });
    await serve(m, { school: 1, pupil: m.pupils[1]![0]!, at: almaty("2026-11-10", "08:20") });
    // The same pupil's breakfast twice: refused, and counted as today's refusal.
    expect((await serve(m, { school: 0, pupil: m.pupils[0]![0]!, at: almaty("2026-11-10", "08:30") })).status).not.toBe("served");
    if (first.status !== "served") throw new Error("first meal not served");
    await disputeMeal({ secret: m.pupils[0]![0]!.secret, mealId: first.mealId });

    const home = await canteenHome(m.operator, now);
    expect(home.served.map((s) => [s.name, s.counts.breakfast, s.counts.lunch, s.total])).toEqual([
      ["School No. 12", 2, 1, 3],
      ["School No. 13", 1, 0, 1],
    ]);
    expect(home.refusedToday).toBe(1);
    expect(home.openDisputes).toBe(1);

    // November settled in December: the last settlement paid, without the disputed meal (3 meals: 2 × 450 + 800).
    await settleMeals({ actor: m.district, contractId: m.contract.id, day: day("2026-11-15"), now: almaty("2026-12-02", "10:00") });
    const december = await canteenHome(m.operator, almaty("2026-12-02", "11:00"));
    expect([december.lastSettlement?.contractNumber, december.lastSettlement?.mealCount, december.lastSettlement?.amountTiyn]).toEqual(["CC-F1", 3, T(450) * 2n + T(800)]);
    expect(december.served).toEqual([]);
    expect(december.contracts[0]!.nextSettlementAfter).toEqual(day("2026-12-31"));

    // Another company: not a canteen operator, and nothing of this operator's in its view.
    const other = contractor(m.w.general.id, 4199);
    expect(await isCanteenOperator(other)).toBe(false);
    expect(await isCanteenOperator(m.operator)).toBe(true);
    // Its canteen pages read as "not found" (decision 0275), the operator's open.
    await expect(assertCanteenOperator(other)).rejects.toBeInstanceOf(NotFoundError);
    await expect(assertCanteenOperator(m.operator)).resolves.toBeUndefined();
    const theirs = await canteenHome(other, now);
    expect([theirs.served, theirs.contracts, theirs.refusedToday, theirs.openDisputes, theirs.lastSettlement]).toEqual([[], [], 0, 0, null]);
  });
});
