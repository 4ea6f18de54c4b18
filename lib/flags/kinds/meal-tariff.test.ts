import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts } from "./colour-fixture";
import { decideTariff, medianTiyn, mealTariff } from "./meal-tariff";

const tenge = (n: number) => BigInt(n * 100);
const region = [800, 820, 850, 870, 900].map(tenge);

describe("tariff above the regional median: the decision", () => {
  it.each([
    { row: "hit", why: "1 100 ₸ where the median is 850", tariff: 1100, fires: true },
    { row: "hit", why: "exactly 20 % above the median of 860", tariff: 1032, fires: true },
    { row: "near-miss", why: "just under 20 % above", tariff: 1031, fires: false },
    { row: "look-alike", why: "10 % above: a mountain district's delivery", tariff: 935, fires: false },
  ])("$row: $why", ({ tariff, fires }) => {
    expect(decideTariff(tenge(tariff), [...region, tenge(tariff)], C.mealTariff) !== null).toBe(fires);
  });
  it("needs enough contracts to judge, and takes the integer median", () => {
    expect(decideTariff(tenge(2000), [tenge(800), tenge(2000)], C.mealTariff)).toBeNull();
    expect(medianTiyn([1n, 4n, 2n, 3n])).toBe(2n);
    expect(medianTiyn([5n, 1n, 3n])).toBe(3n);
  });
});

describe("tariff above the regional median: what it finds in a colour", () => {
  it("one flag per contract and meal type of the programme, naming the operator", () => {
    const rows = [...region, tenge(1200)].map((t, i) => ({ contract_id: i + 1, number: `CC-${i}`, operator_id: 50 + i, meal_type: "lunch", tariff_tiyn: t, is_mine: i === 5, schools: [i] }));
    expect(mealTariff.detect(colourFacts({ mealProgrammeId: 5 }), rows, C)).toMatchObject([{ subjectType: "canteen_contract", subjectId: "colour:1:canteen_contract:6:lunch", companyId: 55, evidence: { companies: [55], schools: [5] } }]);
  });
});
