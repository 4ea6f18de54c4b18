import { describe, expect, it } from "vitest";
import { defaultSpendBy } from "./allocation-form";

describe("defaultSpendBy", () => {
  const now = new Date("2026-12-06T10:00:00Z");
  it("proposes the project's end when the project runs past this year", () => {
    expect(defaultSpendBy(new Date("2027-10-31T00:00:00Z"), now)).toBe("2027-10-31");
  });
  it("proposes the project's end when it comes before the end of the year", () => {
    expect(defaultSpendBy(new Date("2026-12-20T00:00:00Z"), now)).toBe("2026-12-20");
  });
  it("falls back to the end of the year without an end, or with one already past", () => {
    expect(defaultSpendBy(null, now)).toBe("2026-12-25");
    expect(defaultSpendBy(new Date("2026-03-01T00:00:00Z"), now)).toBe("2026-12-25");
    expect(defaultSpendBy(new Date("2026-12-06T00:00:00Z"), now)).toBe("2026-12-25");
  });
  it("moves to next year once the 25th of December is past", () => {
    expect(defaultSpendBy(null, new Date("2026-12-27T10:00:00Z"))).toBe("2027-12-25");
  });
});
