import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, day } from "./colour-fixture";
import { decideRefusedAttempts, refusedAttempts } from "./refused-attempts";

describe("repeated refused attempts: the decision", () => {
  it.each([
    { row: "hit", why: "three in three days", days: [0, 1, 2], attempts: 3 },
    { row: "hit", why: "three within exactly 30 days", days: [0, 15, 30], attempts: 3 },
    { row: "hit", why: "the densest window counts", days: [0, 40, 41, 42, 43], attempts: 4 },
    { row: "near-miss", why: "two", days: [0, 1], attempts: null },
    { row: "near-miss", why: "spread over 31 days", days: [0, 15, 31], attempts: null },
    { row: "look-alike", why: "one refusal a quarter for a year", days: [0, 91, 182, 273], attempts: null },
  ])("$row: $why → $attempts", ({ days, attempts }) => {
    expect(decideRefusedAttempts(days.map(day), C.refusedAttempts)?.facts.attempts ?? null).toBe(attempts);
  });
  it("is medium from twice the minimum", () => {
    expect(decideRefusedAttempts([0, 1, 2, 3, 4, 5].map(day), C.refusedAttempts)!.severity).toBe("medium");
    expect(decideRefusedAttempts([0, 1, 2, 3, 4].map(day), C.refusedAttempts)!.severity).toBe("low");
  });
});

describe("repeated refused attempts: what it finds in a colour", () => {
  it("names the company, the accounts that tried (not the system) and the invoices", () => {
    const [found] = refusedAttempts.detect(colourFacts(), [{ organization_id: 10, at: [day(0), day(1), day(2)], actors: [0, 4], documents: ["7"] }], C);
    expect(found).toMatchObject({ subjectId: "colour:1:company:10", companyId: 10, evidence: { companies: [10], users: [4], invoices: [7] } });
  });
});
