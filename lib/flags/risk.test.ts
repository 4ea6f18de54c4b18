import { describe, expect, it } from "vitest";
import { riskScore } from "./risk";

describe("risk score", () => {
  it.each([
    { flags: [], risk: 0 },
    { flags: [{ severity: "high" as const, score: 100 }], risk: 100 },
    { flags: [{ severity: "high" as const, score: 50 }], risk: 50 },
    { flags: [{ severity: "medium" as const, score: 50 }], risk: 30 },
    { flags: [{ severity: "low" as const, score: 50 }, { severity: "low" as const, score: 50 }], risk: 28 },
    { flags: [{ severity: "high" as const, score: 50 }, { severity: "high" as const, score: 50 }], risk: 75 },
  ])("$flags.length flag(s) → $risk", ({ flags, risk }) => {
    expect(riskScore(flags)).toBe(risk);
  });
});
