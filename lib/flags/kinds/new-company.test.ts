import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { COLOUR_ID, colourFacts, company } from "./colour-fixture";
import { decideNewCompany, newCompany } from "./new-company";

const d = (iso: string) => new Date(iso);

describe("new company: the decision", () => {
  const facts = (registered: string | null, receipt: string, signed: string | null, share: number | null = null) => ({
    registeredOn: registered ? d(registered) : null, firstReceiptAt: d(receipt), firstSignedOn: signed ? d(signed) : null, subShareBp: share,
  });
  it.each([
    { row: "hit", why: "364 days old at its first receipt, contract 100 days after registering", f: facts("2026-01-01", "2026-12-31T00:00:00Z", "2026-04-11"), fires: true },
    { row: "hit", why: "contract the day it was registered", f: facts("2026-05-01", "2026-05-01T10:00:00Z", "2026-05-01"), fires: true },
    { row: "hit", why: "contract 179 days after registering", f: facts("2026-01-01", "2026-08-01T00:00:00Z", "2026-06-29"), fires: true },
    { row: "hit", why: "contract 300 days after, but it took 60 % of what the colour paid out", f: facts("2026-01-01", "2026-11-20T00:00:00Z", "2026-10-28", 6000), fires: true },
    { row: "near-miss", why: "contract 180 days after registering", f: facts("2026-01-01", "2026-08-01T00:00:00Z", "2026-06-30"), fires: false },
    { row: "near-miss", why: "365 days old at its first receipt, contract soon after registering", f: facts("2026-01-01", "2027-01-01T00:00:00Z", "2026-02-01"), fires: false },
    { row: "near-miss", why: "contract 300 days after, half of what the colour paid out exactly", f: facts("2026-01-01", "2026-11-20T00:00:00Z", "2026-10-28", 5000), fires: false },
    { row: "look-alike", why: "young (eight months) but an ordinary subcontract: age alone is not a scheme", f: facts("2026-01-01", "2026-09-15T00:00:00Z", "2026-08-20", 1200), fires: false },
    { row: "look-alike", why: "registration unknown", f: facts(null, "2026-01-02T00:00:00Z", "2026-01-01"), fires: false },
  ])("$row: $why → $fires", ({ f, fires }) => {
    expect(decideNewCompany(f, C.newCompany) !== null).toBe(fires);
  });
  it("scores younger companies higher, and both signals above one", () => {
    const young = decideNewCompany(facts("2026-05-01", "2026-05-10T00:00:00Z", "2026-05-02"), C.newCompany)!;
    const older = decideNewCompany(facts("2026-01-01", "2026-12-01T00:00:00Z", "2026-05-02"), C.newCompany)!;
    const both = decideNewCompany(facts("2026-01-01", "2026-12-01T00:00:00Z", "2026-05-02", 7000), C.newCompany)!;
    expect(young.score).toBeGreaterThan(older.score);
    expect(both.score).toBeGreaterThan(older.score);
    expect(both.facts).toEqual({ ageDays: 334, daysToContract: 121, shareBp: 7000 });
  });
});

describe("new company: what it finds in a colour", () => {
  const young = company({ id: 10, registered_on: d("2026-05-01"), signed_on: [d("2026-05-20"), d("2026-05-12")] });
  it.each([
    { row: "hit", why: "its first receipt is in this colour", firstColour: COLOUR_ID, subjects: ["10"] },
    { row: "look-alike", why: "as young, but first paid in another colour (flagged there)", firstColour: 2, subjects: [] },
  ])("$row: $why", ({ firstColour, subjects }) => {
    const colour = colourFacts({ companies: [young], shared: { firstReceipts: new Map([[10, { transferId: 5n, colourId: firstColour, at: d("2026-06-01T00:00:00Z") }]]) } });
    const found = newCompany.detect(colour, undefined, C);
    expect(found.map((f) => f.subjectId)).toEqual(subjects);
    if (found[0]) expect(found[0].verdict.facts).toMatchObject({ ageDays: 31, daysToContract: 11, registeredOn: "2026-05-01", firstReceiptAt: "2026-06-01T00:00:00.000Z" });
  });
  it("a company never paid is not judged yet", () => {
    expect(newCompany.detect(colourFacts({ companies: [young] }), undefined, C)).toEqual([]);
  });
});
