import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { COLOUR_ID, colourFacts, company } from "./colour-fixture";
import { decideNewCompany, newCompany } from "./new-company";

const d = (iso: string) => new Date(iso);

describe("new company: the decision", () => {
  it.each([
    { row: "hit", why: "364 days", registered: "2026-01-01", receipt: "2026-12-31T00:00:00Z", fires: true },
    { row: "hit", why: "same day", registered: "2026-05-01", receipt: "2026-05-01T10:00:00Z", fires: true },
    { row: "near-miss", why: "365 days", registered: "2026-01-01", receipt: "2027-01-01T00:00:00Z", fires: false },
    { row: "look-alike", why: "registration unknown", registered: null, receipt: "2026-01-02T00:00:00Z", fires: false },
  ])("$row: $why → $fires", ({ registered, receipt, fires }) => {
    expect(decideNewCompany({ registeredOn: registered ? d(registered) : null, firstReceiptAt: d(receipt) }, C.newCompany) !== null).toBe(fires);
  });
  it("scores younger companies higher", () => {
    const young = decideNewCompany({ registeredOn: d("2026-05-01"), firstReceiptAt: d("2026-05-10") }, C.newCompany)!;
    const older = decideNewCompany({ registeredOn: d("2026-01-01"), firstReceiptAt: d("2026-12-01") }, C.newCompany)!;
    expect(young.score).toBeGreaterThan(older.score);
  });
});

describe("new company: what it finds in a colour", () => {
  const young = company({ id: 10, registered_on: d("2026-05-01") });
  it.each([
    { row: "hit", why: "its first receipt is in this colour", firstColour: COLOUR_ID, subjects: ["10"] },
    { row: "look-alike", why: "as young, but first paid in another colour (flagged there)", firstColour: 2, subjects: [] },
  ])("$row: $why", ({ firstColour, subjects }) => {
    const colour = colourFacts({ companies: [young], shared: { firstReceipts: new Map([[10, { transferId: 5n, colourId: firstColour, at: d("2026-06-01T00:00:00Z") }]]) } });
    const found = newCompany.detect(colour, undefined, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].verdict.facts).toMatchObject({ ageDays: 31, registeredOn: "2026-05-01", firstReceiptAt: "2026-06-01T00:00:00.000Z" });
  });
  it("a company never paid is not judged yet", () => {
    expect(newCompany.detect(colourFacts({ companies: [young] }), undefined, C)).toEqual([]);
  });
});
