import { describe, expect, it } from "vitest";
import { makeBin } from "../kz/bin";
import { makeIin } from "../kz/iin";
import { INDIVIDUALS_PARTY_ID, isIndividual, mergeParties, organizationReference, partyOf } from "./parties";

const company = (bin: string | null, name = "Almaty Stroy LLP") => ({ id: 7, kind: "company" as const, name, bin });

describe("OCDS parties", () => {
  it("a company is identified by its BIN under KZ-BIN", () => {
    const bin = makeBin(21, 4, 70);
    expect(partyOf(company(bin), ["supplier"])).toEqual({ id: `KZ-BIN-${bin}`, name: "Almaty Stroy LLP", identifier: { scheme: "KZ-BIN", id: bin, legalName: "Almaty Stroy LLP" }, roles: ["supplier"] });
  });

  it("an individual entrepreneur (IIN) or a company without a number is never identified", () => {
    const iin = makeIin("850412", 3, 17);
    const person = company(iin, "IP Serikbayev Arman");
    expect(isIndividual(person)).toBe(true);
    expect(isIndividual(company(null))).toBe(true);
    const party = partyOf(person, ["payee"]);
    expect(party.id).toBe(INDIVIDUALS_PARTY_ID);
    expect(JSON.stringify(party)).not.toContain(iin);
    expect(JSON.stringify(party)).not.toContain("Serikbayev");
    expect(organizationReference(person)).toEqual({ id: INDIVIDUALS_PARTY_ID, name: party.name });
  });

  it("a ministry without a BIN gets a portal identifier; parties merge their roles once each", () => {
    const ministry = { id: 3, kind: "ministry" as const, name: "Ministry of Education", bin: null };
    expect(isIndividual(ministry)).toBe(false);
    expect(partyOf(ministry, ["buyer"]).id).toBe("aiqyn-organization-3");
    const a = company(null, "IP A");
    const b = company(null, "IP B");
    expect(mergeParties([partyOf(a, ["supplier", "payee"]), partyOf(b, ["subcontractor", "payee"])])).toEqual([expect.objectContaining({ id: INDIVIDUALS_PARTY_ID, roles: ["supplier", "payee", "subcontractor"] })]);
  });
});
