import { describe, expect, it } from "vitest";
import type { TPublicMealRegion, TPublicMealRegions } from "./meal-figures";
import { officialFigureRows, regionFigureRows, schoolFigureRows } from "./meal-figures-view";

// The meal-figures tables' rows (decision 0286): made here, laid out by components/meals/meal-figures-table.tsx.

const month = new Date("2026-11-01T00:00:00Z");
const shown = { eligible: 12, meals: 200, paidTiyn: 9_000_000n, averageTiyn: 45_000n, disputes: null };

describe("regionFigureRows", () => {
  it("links each region to its schools in the same month and ends with the total, the schools summed", () => {
    const v: TPublicMealRegions = {
      month,
      months: [month],
      regions: [
        { region: "almaty", schools: 2, ...shown },
        { region: "abai", schools: 3, ...shown },
      ],
      total: shown,
    };
    const rows = regionFigureRows(v, "en");
    expect(rows.map((r) => [r.key, r.name, r.href, r.schools])).toEqual([
      ["almaty", "Almaty region", "/open/meals/almaty?month=2026-11", "2"],
      ["abai", "Abai region", "/open/meals/abai?month=2026-11", "3"],
      ["total", "Total", undefined, "5"],
    ]);
    expect(rows[0]).toMatchObject({ meals: "200", disputes: "fewer than 5" });
  });

  it("has no total row when no region has figures, and no month in the links when none is chosen", () => {
    expect(regionFigureRows({ month: null, months: [], regions: [], total: shown }, "en")).toEqual([]);
    expect(regionFigureRows({ month: null, months: [], regions: [{ region: "abai", schools: 1, ...shown }], total: null }, "en").map((r) => r.href)).toEqual(["/open/meals/abai"]);
  });
});

describe("schoolFigureRows", () => {
  it("names each school in the reader's language and ends with the total", () => {
    const v: TPublicMealRegion = { region: "almaty", month, months: [month], schools: [{ schoolId: 7, name: "School No. 7", nameRu: "Школа № 7", ...shown }], total: shown };
    expect(schoolFigureRows(v, "ru").map((r) => [r.key, r.name])).toEqual([
      ["7", "Школа № 7"],
      ["total", "Итого"],
    ]);
  });
});

describe("officialFigureRows", () => {
  it("shows exact counts with each school's region, and no money paid where no meal was paid", () => {
    const school = { schoolId: 3, name: "School No. 3", nameRu: null, region: "abai", departmentId: 1, eligible: 2, meals: 3, paidMeals: 0, paidTiyn: 0n, disputes: 1, averageTiyn: null };
    const rows = officialFigureRows({ schools: [school], total: { eligible: 2, meals: 3, paidMeals: 0, paidTiyn: 0n, disputes: 1, averageTiyn: null } }, "en");
    expect(rows.map((r) => [r.key, r.name, r.eligible, r.disputes, r.average])).toEqual([
      ["3", "School No. 3 · Abai region", "2", "1", "—"],
      ["total", "Total", "2", "1", "—"],
    ]);
    expect(officialFigureRows({ schools: [], total: { eligible: 0, meals: 0, paidMeals: 0, paidTiyn: 0n, disputes: 0, averageTiyn: null } }, "en")).toEqual([]);
  });
});
