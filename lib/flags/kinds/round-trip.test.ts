import { describe, expect, it } from "vitest";
import { FLAG_CONFIG as C } from "../config";
import { colourFacts, invoice } from "./colour-fixture";
import { contractChain, decideRoundTrip, findTies, roundTrip, type TParty } from "./round-trip";

const payee = { organizationId: 10, personIds: [7], address: "Almaty, Abay ave. 1", bankAccount: "KZ12 3456" };
const other = (o: Partial<typeof payee>, role: "payer" | "earlier_tier" = "payer") => ({ organizationId: 20, personIds: [], address: null, bankAccount: null, ...o, role });

describe("round-trip: the ties", () => {
  it.each([
    { row: "hit", name: "shared director", up: [other({ personIds: [7] })], expected: [{ role: "payer", via: "person", organizationId: 20, personId: 7 }] },
    { row: "hit", name: "same address, spelled differently", up: [other({ address: "almaty  ABAY ave 1" })], expected: [{ role: "payer", via: "address", organizationId: 20 }] },
    { row: "hit", name: "same bank account with spaces", up: [other({ bankAccount: "kz123456" }, "earlier_tier")], expected: [{ role: "earlier_tier", via: "bank_account", organizationId: 20 }] },
    { row: "near-miss", name: "a neighbouring address", up: [other({ address: "Almaty, Abay ave. 2" })], expected: [] },
    { row: "near-miss", name: "an account one digit apart", up: [other({ bankAccount: "KZ12 3457" })], expected: [] },
    { row: "look-alike", name: "unrelated", up: [other({ personIds: [8], address: "Astana", bankAccount: "KZ99" })], expected: [] },
    { row: "look-alike", name: "empty addresses never match", up: [other({ address: "" })], expected: [] },
    { row: "look-alike", name: "the payee itself is not a tie", up: [{ ...payee, role: "payer" as const }], expected: [] },
  ])("$row: $name", ({ up, expected }) => {
    expect(findTies(payee, up, [], C.roundTrip)).toEqual(expected);
  });
  it("finds the approving official through the person behind the account", () => {
    expect(findTies(payee, [], [{ userId: 5, personId: 7, personAddress: null }, { userId: 6, personId: null, personAddress: null }], C.roundTrip)).toEqual([{ role: "approver", via: "person", userId: 5, personId: 7 }]);
    expect(findTies(payee, [], [{ userId: 5, personId: 9, personAddress: "Almaty, Abay ave 1" }], C.roundTrip)).toEqual([{ role: "approver", via: "address", userId: 5, personId: 9 }]);
  });
  it("a relation switched off in the config is not looked at", () => {
    expect(findTies(payee, [other({ personIds: [7] })], [], { ...C.roundTrip, byPerson: false })).toEqual([]);
  });
  it("scores approver ties and strong ties highest", () => {
    expect(decideRoundTrip([])).toBeNull();
    const address = decideRoundTrip([{ role: "payer", via: "address", organizationId: 1 }])!;
    const person = decideRoundTrip([{ role: "payer", via: "person", organizationId: 1, personId: 2 }])!;
    const approver = decideRoundTrip([{ role: "approver", via: "person", userId: 1, personId: 2 }])!;
    expect(address.score).toBeLessThan(person.score);
    expect(person.score).toBeLessThan(approver.score);
  });
});

describe("round-trip: what it finds in a colour", () => {
  // Contract 100 (general, company 30) → 101 (company 20) → 102 (company 10); company 10's invoice is paid.
  const contracts = [{ id: 100, parent_id: null, contractor_id: 30 }, { id: 101, parent_id: 100, contractor_id: 20 }, { id: 102, parent_id: 101, contractor_id: 10 }];
  const paid = invoice({ id: 5, issuer_id: 10, contract_id: 102, status: "paid" });
  const chain = contractChain([paid], contracts);
  const party = (organizationId: number, p: Partial<TParty> = {}): [number, TParty] => [organizationId, { organizationId, personIds: [], address: null, bankAccount: null, ...p }];
  it("climbs the chain: the payer at depth 1, earlier tiers above", () => {
    expect(chain).toEqual([{ invoice_id: 5, org: 20, depth: 1, contract_id: 101 }, { invoice_id: 5, org: 30, depth: 2, contract_id: 100 }]);
  });
  it.each([
    { row: "hit", why: "shares a founder with the general contractor two tiers up", general: { personIds: [7] }, payeePersons: [7], invoiceStatus: "paid", fires: true },
    { row: "near-miss", why: "the same founder, but the invoice is not paid yet", general: { personIds: [7] }, payeePersons: [7], invoiceStatus: "approved", fires: false },
    { row: "look-alike", why: "a chain of unrelated companies", general: { personIds: [8] }, payeePersons: [7], invoiceStatus: "paid", fires: false },
  ])("$row: $why", ({ general, payeePersons, invoiceStatus, fires }) => {
    const colour = colourFacts({ invoices: [{ ...paid, status: invoiceStatus }] });
    const parties = new Map([party(10, { personIds: payeePersons }), party(20), party(30, general)]);
    const found = roundTrip.detect(colour, { chain, approvers: [], parties }, C);
    expect(found.length > 0).toBe(fires);
    if (fires) expect(found[0]!.evidence).toMatchObject({ invoices: [5], contracts: [102, 101, 100], companies: [10, 30], persons: [7] });
  });
});
