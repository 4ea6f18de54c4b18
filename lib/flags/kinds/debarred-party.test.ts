import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, company, move } from "./colour-fixture";
import { debarredParty, decideDebarredParty, isDuringDebarment, wasActiveWhenDebarred } from "./debarred-party";

const at = (iso: string) => new Date(iso);

describe("debarred party: the period", () => {
  const periods = [{ from: "2026-08-03", until: at("2026-10-01T06:00:00Z") }];
  it.each([
    { why: "paid the day before the debarment", paid: "2026-08-02T12:00:00Z", during: false },
    { why: "paid at 00:30 Almaty on the day of the debarment (19:30 UTC the day before)", paid: "2026-08-02T19:30:00Z", during: true },
    { why: "paid during it", paid: "2026-09-01T06:00:00Z", during: true },
    { why: "paid after it was lifted", paid: "2026-10-01T06:00:01Z", during: false },
  ])("$why → $during", ({ paid, during }) => {
    expect(isDuringDebarment(at(paid), periods)).toBe(during);
  });
  it("an open period lasts", () => expect(isDuringDebarment(at("2030-01-01T00:00:00Z"), [{ from: "2026-08-03", until: null }])).toBe(true));
});

describe("debarred party: working on the colour when debarred", () => {
  it.each([
    { row: "hit", why: "paid 59 days before the debarment in force", paid: ["2026-08-03T06:00:00Z"], from: "2026-10-01", until: null, active: true },
    { row: "look-alike", why: "never paid before it (judged by its refusals and signing day instead)", paid: ["2026-11-01T06:00:00Z"], from: "2026-10-01", until: null, active: false },
    { row: "near-miss", why: "last paid 62 days before", paid: ["2026-07-31T06:00:00Z"], from: "2026-10-01", until: null, active: false },
    { row: "look-alike", why: "paid the month before, but the debarment was lifted", paid: ["2026-09-01T06:00:00Z"], from: "2026-10-01", until: at("2026-10-20T00:00:00Z"), active: false },
  ])("$row: $why → $active", ({ paid, from, until, active }) => {
    expect(wasActiveWhenDebarred(paid.map(at), [{ from, until }])).toBe(active);
  });
});

describe("debarred party: the decision", () => {
  it.each([
    { row: "hit", why: "paid while debarred", signed: 0, paid: 1n, refused: 0, score: 100 },
    { row: "hit", why: "debarred while working on the colour, nothing paid or tried since", signed: 0, paid: 0n, refused: 0, active: true, score: 75 },
    { row: "hit", why: "paid while debarred, and given the contract then", signed: 1, paid: 1n, refused: 0, score: 100 },
    { row: "hit", why: "two refused attempts to pay it while debarred", signed: 0, paid: 0n, refused: 2, score: 90 },
    { row: "hit", why: "given a contract while debarred, not paid yet", signed: 1, paid: 0n, refused: 0, score: 80 },
    { row: "look-alike", why: "debarred now for something else, nothing paid, tried or signed while debarred", signed: 0, paid: 0n, refused: 0, score: null },
  ])("$row: $why → $score", ({ signed, paid, refused, active, score }) => {
    expect(decideDebarredParty({ signedWhileDebarred: signed, paidWhileDebarredTiyn: paid, refusedPayments: refused, debarredWhileActive: active ?? false })?.score ?? null).toBe(score);
  });
});

describe("debarred party: what it finds in a colour", () => {
  const moves = [move({ id: 3n, to_org: 10, at: at("2026-07-01T06:00:00Z") }), move({ id: 4n, to_org: 10, at: at("2026-09-01T06:00:00Z") })];
  const june = [at("2026-06-01T00:00:00Z"), at("2026-06-15T00:00:00Z")];
  it.each([
    { row: "hit", why: "debarred since August: the September payment only", now: true, signed: june, periods: [{ organization_id: 10, from: "2026-08-03", until: null }], refused: [], transfers: ["4"], score: 100 },
    { row: "hit", why: "debarred August–October, lifted: September's payment stays flagged", now: false, signed: june, periods: [{ organization_id: 10, from: "2026-08-03", until: at("2026-10-01T00:00:00Z") }], refused: [], transfers: ["4"], score: 100 },
    { row: "hit", why: "debarred since May, given a contract in June (its payments were refused)", now: true, signed: june, periods: [{ organization_id: 10, from: "2026-05-01", until: at("2026-06-20T00:00:00Z") }], refused: [], transfers: [], score: 80 },
    { row: "hit", why: "debarred on the signing day itself", now: true, signed: june, periods: [{ organization_id: 10, from: "2026-06-15", until: at("2026-06-16T00:00:00Z") }], refused: [], transfers: [], score: 80 },
    { row: "hit", why: "debarred 1 October, paid 1 September: it was working on the colour", now: true, signed: june, periods: [{ organization_id: 10, from: "2026-10-01", until: null }], refused: [], transfers: [], score: 75 },
    { row: "near-miss", why: "debarred 1 November, two months after its last payment", now: true, signed: june, periods: [{ organization_id: 10, from: "2026-11-01", until: null }], refused: [], transfers: null, score: null },
    { row: "hit", why: "lifted, never paid during it, but refused twice while debarred", now: false, signed: june, periods: [{ organization_id: 10, from: "2026-12-01", until: at("2026-12-20T00:00:00Z") }], refused: [{ organization_id: 10, attempts: 2, invoices: [7] }], transfers: [], score: 90 },
    { row: "look-alike", why: "debarred since December for something else, months after its last payment: old payments are not evidence", now: true, signed: june, periods: [{ organization_id: 10, from: "2026-12-01", until: null }], refused: [], transfers: null, score: null },
    { row: "look-alike", why: "debarred months after its payments and lifted since", now: false, signed: june, periods: [{ organization_id: 10, from: "2026-12-01", until: at("2026-12-20T00:00:00Z") }], refused: [], transfers: null, score: null },
  ])("$row: $why", ({ now, signed, periods, refused, transfers, score }) => {
    const colour = colourFacts({ companies: [company({ id: 10, is_debarred: now, contracts: [100, 101], signed_on: signed }), company({ id: 20 })], moves });
    const found = debarredParty.detect(colour, { periods, refused }, C);
    expect(found.map((f) => f.verdict.score)).toEqual(score == null ? [] : [score]);
    if (found[0]) expect(found[0]).toMatchObject({ subjectId: "colour:1:company:10", evidence: { companies: [10], transfers, contracts: [100, 101] } });
  });
});
