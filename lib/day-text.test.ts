import { describe, expect, it } from "vitest";
import { DAY_TEXT_PATTERN, dayFromText, textFromDay } from "./day-text";

describe("days typed as dd.mm.yyyy", () => {
  it("submits the ISO day the server parses", () => {
    expect(dayFromText("31.12.2026")).toBe("2026-12-31");
    expect(dayFromText(" 1.2.2026 ")).toBe("2026-02-01");
    expect(dayFromText("2026-12-31")).toBe("2026-12-31");
  });
  it("passes anything else through, for the server to call malformed", () => {
    expect(dayFromText("12/31/2026")).toBe("12/31/2026");
    expect(dayFromText("")).toBe("");
  });
  it("shows an ISO day as dd.mm.yyyy, and a refused entry as typed", () => {
    expect(textFromDay("2026-12-31")).toBe("31.12.2026");
    expect(textFromDay("31.13")).toBe("31.13");
    expect(textFromDay(undefined)).toBe("");
  });
  it("has a pattern that takes what it parses", () => {
    const re = new RegExp(`^(?:${DAY_TEXT_PATTERN})$`, "v");
    expect(re.test("31.12.2026")).toBe(true);
    expect(re.test("1.2.2026")).toBe(true);
    expect(re.test("2026-12-31")).toBe(false);
  });
});
