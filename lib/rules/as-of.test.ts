import { describe, expect, it } from "vitest";
import { hasExpired, isDayAfter } from "./as-of";

describe("rules judged as of a moment", () => {
  it("a colour has expired only after its last instant", () => {
    const end = new Date("2025-12-31T18:59:59.999Z");
    expect(hasExpired(end, new Date("2025-12-31T18:59:59.999Z"))).toBe(false);
    expect(hasExpired(end, new Date("2025-12-31T19:00:00.000Z"))).toBe(true);
    expect(hasExpired(end, new Date("2025-06-01T00:00:00Z"))).toBe(false);
  });

  it("a day is in the future only after the day judged at", () => {
    expect(isDayAfter("2025-05-02", "2025-05-01")).toBe(true);
    expect(isDayAfter("2025-05-01", "2025-05-01")).toBe(false);
    expect(isDayAfter("2024-12-31", "2025-01-01")).toBe(false);
  });
});
