import { describe, expect, it } from "vitest";
import { validateReleasePackage } from "../../tests/support/ocds-validation";
import { makeBin } from "../kz/bin";
import { makeIin } from "../kz/iin";
import { releasePackage } from "./packages";
import { buildReleases } from "./releases";
import type { TOcdsProcess } from "./types";

const ministry = { id: 1, kind: "ministry" as const, name: "Ministry of Education", bin: null };
const general = { id: 2, kind: "company" as const, name: "Almaty Stroy LLP", bin: makeBin(21, 4, 7) };
const iin = makeIin("850412", 3, 17);
const person = { id: 3, kind: "company" as const, name: "IP Serikbayev Arman", bin: iin };
const at = (iso: string) => new Date(iso);

const process: TOcdsProcess = {
  contract: { id: 10, number: "GC-1", valueTiyn: 90_000_000_000n, signedOn: at("2026-03-01"), endsOn: null, status: "active", createdAt: at("2026-03-01T04:00:00Z"), parentId: null },
  buyer: ministry,
  supplier: general,
  project: { id: 5, name: "School for 600 pupils", region: "Almaty" },
  colour: { id: 7, mintedTiyn: 100_000_000_000n, expiresAt: at("2027-12-31T18:59:59Z") },
  budgetLine: { code: "04 9 467 037 015", specifics: "431", fiscalYear: 2026, name: "School construction" },
  subcontracts: [{ id: 11, valueTiyn: 2_000_000n, createdAt: at("2026-03-20T04:00:00Z"), supplier: person }],
  transactions: [{ transferId: 100n, createdAt: at("2026-04-01T04:00:00Z"), amountTiyn: 300_000_000n, invoiceNumber: "INV-1", lineage: [{ lotId: 1n, amountTiyn: 300_000_000n, source: { kind: "allocation" } }] }],
  refusals: [{ id: 9n, createdAt: at("2026-04-02T04:00:00Z"), amountTiyn: null, codes: ["ADVANCE_LIMIT", "ADVANCE_LIMIT"] }],
};

describe("OCDS releases of one contracting process", () => {
  const releases = buildReleases(process, "ocds-aiqyn0");

  it("one release per event, in order, each with its own id and tag", () => {
    expect(releases.map((r) => [r.id, r.tag[0], r.date])).toEqual([
      ["ocds-aiqyn0-10-contract-10", "planning", "2026-03-01T09:00:00+05:00"],
      ["ocds-aiqyn0-10-subcontract-11", "awardUpdate", "2026-03-20T09:00:00+05:00"],
      ["ocds-aiqyn0-10-payment-100", "implementation", "2026-04-01T09:00:00+05:00"],
      ["ocds-aiqyn0-10-refused-9", "contractUpdate", "2026-04-02T09:00:00+05:00"],
    ]);
    expect(validateReleasePackage(releasePackage({ baseUrl: "http://x.test", uri: "http://x.test/p" }, releases))).toEqual([]);
  });

  it("maps the budget, the award and the contract; amounts exact", () => {
    const [contract] = releases;
    expect(contract!.planning.budget).toEqual({ id: "04 9 467 037 015 431 2026", description: expect.any(String), amount: { amount: 1_000_000_000, currency: "KZT" }, project: "School for 600 pupils", projectID: "5" });
    expect(contract!.awards[0]).toMatchObject({ id: "award-10", value: { amount: 900_000_000, currency: "KZT" }, suppliers: [{ id: `KZ-BIN-${general.bin}` }] });
    expect(contract!.contracts[0]).toMatchObject({ id: "contract-10", awardID: "award-10", status: "active", dateSigned: "2026-03-01T00:00:00+05:00" });
    expect(contract!.colour).toEqual({ id: "7", budgetLineCode: "04 9 467 037 015 431", fiscalYear: 2026, allocated: { amount: 1_000_000_000, currency: "KZT" }, expiryDate: "2027-12-31T23:59:59+05:00" });
  });

  it("the subcontract goes on the prime award with the Subcontracting extension; the individual is not identified", () => {
    const sub = releases[1]!;
    expect(sub.awards[0].subcontracting.subcontracts).toEqual([{ id: "subcontract-11", subcontractor: { id: "KZ-INDIVIDUALS", name: "Individual entrepreneurs (not identified)" }, mainContractors: [{ id: `KZ-BIN-${general.bin}`, name: general.name }] }]);
    expect(sub.relatedProcesses).toEqual([{ id: "subcontract-11", relationship: ["subContract"], title: "Subcontract (ocds-aiqyn0-11)", scheme: "ocid", identifier: "ocds-aiqyn0-11" }]);
    const text = JSON.stringify(releases);
    expect(text).not.toContain(iin);
    expect(text).not.toContain("Serikbayev");
  });

  it("payments carry their lineage; refusals their rule codes once; roles accumulate over the process", () => {
    expect(releases[2]!.contracts[0].implementation.transactions).toEqual([
      {
        id: "100",
        date: "2026-04-01T09:00:00+05:00",
        value: { amount: 3_000_000, currency: "KZT" },
        payer: { id: "aiqyn-organization-1", name: ministry.name },
        payee: { id: `KZ-BIN-${general.bin}`, name: general.name },
        lineage: [{ id: "1", source: "allocation", value: { amount: 3_000_000, currency: "KZT" } }],
      },
    ]);
    expect(releases[3]!.contracts[0].refusedAttempts).toEqual([{ id: "9", date: "2026-04-02T09:00:00+05:00", reasons: ["ADVANCE_LIMIT"] }]);
    expect(releases[0]!.parties.map((p: { roles: string[] }) => p.roles)).toEqual([["buyer", "procuringEntity", "payer"], ["supplier", "payee"]]);
  });
});
