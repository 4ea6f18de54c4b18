import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { debarCompany } from "../../lib/contractors/debar-company";
import { listContractColours, loadContractTerms } from "../../lib/contracts/contract-terms";
import { createGeneralContract, type TCreateGeneralContract } from "../../lib/contracts/create-general-contract";
import { contractPageView } from "../../lib/contracts/contract-view";
import { getContract } from "../../lib/contracts/get-contract";
import { listContracts } from "../../lib/contracts/list-contracts";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { FieldIssuesError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { createOrganization } from "../../lib/organizations/create-organization";
import { actorWithRole } from "../support/actors";
import { buildWorld, company, concreteInvoice, official, T, type TWorld } from "../support/ledger-fixtures";

const sort = { column: "signed" as const, direction: "desc" as const };

function contractInput(w: TWorld, bin: string, overrides: Partial<TCreateGeneralContract> = {}): TCreateGeneralContract {
  return {
    colourId: String(w.colour.id),
    contractorBin: bin,
    number: "GC-2",
    value: "50 000 000",
    signedOn: "2026-04-01",
    endsOn: "2026-12-31",
    // Rebar: 150 т at most, 400 000 ₸ ceiling. Brick not included.
    items: [
      { include: false, estimateItemId: String(w.items[0]!.id), quantity: "", price: "" },
      { include: true, estimateItemId: String(w.items[1]!.id), quantity: "150", price: "395 000" },
      { include: false, estimateItemId: String(w.items[2]!.id), quantity: "1", price: "1" },
    ],
    ...overrides,
  } as TCreateGeneralContract;
}

async function issuesOf(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FieldIssuesError);
  return (error as FieldIssuesError).issues.map((i) => [i.field, i.key]);
}

describe("general contracts", () => {
  it("an official signs a contract over estimate items; it shows on the list with billed and paid", async () => {
    const w = await buildWorld();
    const steel = await company("Temir Steel LLP");
    // buildWorld committed 900 000 000 ₸ of the colour's 1 000 000 000 ₸ to GC-1.
    expect((await loadContractTerms({ actor: w.alice, colourId: w.colour.id })).availableTiyn).toBe(T(100_000_000));
    const contract = await createGeneralContract({ actor: w.alice, input: contractInput(w, steel.bin!) });
    expect(contract).toMatchObject({ contractorId: steel.id, valueTiyn: T(50_000_000), payerId: null, parentId: null, createdById: w.alice.userId });
    expect(contract.items).toEqual([expect.objectContaining({ estimateItemId: w.items[1]!.id, quantityMilli: 150_000n, ceilingUnitPriceTiyn: T(395_000) })]);

    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 30_000 })).id, now: new Date("2026-05-01") });
    await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const page = await listContracts({ actor: w.alice, kind: "general", page: 1, sort: { column: "number", direction: "asc" } });
    expect(page.rows.map((r) => [r.number, r.valueTiyn, r.billedTiyn, r.paidTiyn])).toEqual([
      ["GC-1", T(900_000_000), T(3_300_000), T(3_000_000)],
      ["GC-2", T(50_000_000), 0n, 0n],
    ]);
    expect((await listContracts({ actor: w.alice, kind: "general", page: 1, sort, q: "temir" })).rows.map((r) => r.number)).toEqual(["GC-2"]);
    expect((await listContracts({ actor: w.alice, kind: "general", page: 1, sort, q: steel.bin! })).rows.map((r) => r.number)).toEqual(["GC-2"]);
    expect((await listContracts({ actor: w.alice, kind: "general", page: 1, sort, q: "gc-1" })).rows.map((r) => r.number)).toEqual(["GC-1"]);
  });

  it("refuses a debarred or unregistered company, and terms outside the estimate, field by field", async () => {
    const w = await buildWorld();
    const steel = await company("Temir Steel LLP");
    // A company with no contract yet: only the Ministry of Finance debars it (decision 0069).
    await debarCompany({ actor: SYSTEM_ACTOR, input: { companyId: steel.id, reason: "Register of unreliable suppliers, order 45", debarredOn: "2026-02-01" } });
    const error = await createGeneralContract({ actor: w.alice, input: contractInput(w, steel.bin!) }).catch((e: unknown) => e);
    expect((error as FieldIssuesError).issues).toEqual([
      { field: "contractorBin", key: "contracts.errors.companyDebarred", params: { name: "Temir Steel LLP", bin: steel.bin, date: "01.02.2026", reason: "Register of unreliable suppliers, order 45" } },
    ]);
    expect(await issuesOf(createGeneralContract({ actor: w.alice, input: contractInput(w, "940140000385") }))).toEqual([["contractorBin", "contracts.errors.companyNotFound"]]);

    const other = await company("Other LLP");
    const items = contractInput(w, other.bin!).items.map((r, i) => (i === 1 ? { ...r, quantity: "151", price: "400 000,01" } : r));
    expect(await issuesOf(createGeneralContract({ actor: w.alice, input: contractInput(w, other.bin!, { items, value: "100 000 001" }) }))).toEqual([
      ["items.1.quantity", "contracts.errors.quantityAboveEstimate"],
      ["items.1.price", "contracts.errors.priceAboveCeiling"],
      ["value", "contracts.errors.valueAboveItems"],
      ["value", "contracts.errors.valueAboveColour"],
    ]);
    expect(await issuesOf(createGeneralContract({ actor: w.alice, input: contractInput(w, other.bin!, { value: "59 250 000,01" }) }))).toEqual([["value", "contracts.errors.valueAboveItems"]]);
    await createGeneralContract({ actor: w.alice, input: contractInput(w, other.bin!) });
    expect(await issuesOf(createGeneralContract({ actor: w.alice, input: contractInput(w, other.bin!, { value: "10" }) }))).toEqual([["number", "contracts.errors.numberTaken"]]);
  });

  it("parses the form's fields and reports each problem in its own field", async () => {
    const w = await buildWorld();
    const error = await createGeneralContract({
      actor: w.alice,
      input: contractInput(w, "12345", { number: "", value: "12,345", signedOn: "2026-05-01", endsOn: "2026-04-01", items: contractInput(w, "1").items.map((r) => ({ ...r, include: false })) }),
    }).catch((e: unknown) => e);
    expect((error as { issues: { path: (string | number)[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["contractorBin", "bin.format"],
      ["number", "required"],
      ["value", "amountPrecision"],
      ["items", "contracts.errors.noItems"],
    ]);
    // Whole-form rules run once every field parses.
    const order = await createGeneralContract({ actor: w.alice, input: contractInput(w, "940140000385", { signedOn: "2026-05-01", endsOn: "2026-04-01" }) }).catch((e: unknown) => e);
    expect((order as { issues: { path: (string | number)[]; message: string }[] }).issues.map((i) => [i.path.join("."), i.message])).toEqual([["endsOn", "dateOrder"]]);
  });

  it("out of scope is not found; only officials sign or list contracts", async () => {
    const w = await buildWorld();
    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const outsider = official(health.id, 900);
    const steel = await company("Temir Steel LLP");
    await expect(createGeneralContract({ actor: outsider, input: contractInput(w, steel.bin!) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getContract({ actor: outsider, contractId: w.contract.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listContracts({ actor: outsider, kind: "general", page: 1, sort })).total).toBe(0);
    expect(await listContractColours({ actor: outsider })).toEqual([]);
    const finance = { ...outsider, isFinance: true };
    expect((await listContracts({ actor: finance, kind: "general", page: 1, sort })).total).toBe(1);
    expect((await listContractColours({ actor: finance })).map((c) => c.id)).toEqual([w.colour.id]);
    for (const role of ["contractor", "investigator", "admin"] as const) {
      await expect(createGeneralContract({ actor: actorWithRole(role, w.general.id), input: contractInput(w, steel.bin!) })).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Investigators read every contract (issue 19); contractors and administrators list none.
    expect((await listContracts({ actor: actorWithRole("investigator"), kind: "general", page: 1, sort })).total).toBe(1);
    for (const role of ["contractor", "admin"] as const) {
      await expect(listContracts({ actor: actorWithRole(role), kind: "general", page: 1, sort })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("a contract's page shows items billed so far, invoices and subcontracts with the parent's remaining value", async () => {
    const w = await buildWorld();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 30_000 })).id, now: new Date("2026-05-01") });
    await concreteInvoice(w, { sub: true, quantity: 40, price: 29_000 });
    const view = await getContract({ actor: w.alice, contractId: w.contract.id });
    expect(view.items.map((i) => [i.estimateItem.code, i.estimateItem.quantityMilli, i.quantityMilli, i.billedMilli, i.ceilingUnitPriceTiyn])).toEqual([
      ["236310.100.000003", 1_200_000n, 1_200_000n, 100_000n, T(32_000)],
      ["241062.300.000012", 150_000n, 150_000n, 0n, T(400_000)],
      ["233211.100.000001", 800_000n, 800_000n, 0n, T(90_000)],
    ]);
    expect(view).toMatchObject({ billedTiyn: T(3_000_000), paidTiyn: T(3_000_000), committedToSubcontractsTiyn: T(100_000_000), remainingTiyn: T(800_000_000), parentRemainingTiyn: null });
    // The subcontractor's invoice is the subcontract's; drafts stay the contractor's own.
    expect(view.invoices).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(view.invoices.rows).toHaveLength(1);
    expect((await getContract({ actor: w.alice, contractId: w.contract.id, invoicesPage: 2 })).invoices).toMatchObject({ rows: [], total: 1 });
    expect(view.subcontracts.map((s) => [s.number, s.contractor.name, s.valueTiyn, s.billedTiyn, s.items.length])).toEqual([["SC-1", "Beton Service KZ LLP", T(100_000_000), T(1_160_000), 1]]);
    // The page's view model: the same figures as rows and labels.
    const page = await contractPageView({ actor: w.alice, contractId: w.contract.id, locale: "en" });
    expect(page.items.map((i) => [i.code, i.isOverBilled])).toEqual([["236310.100.000003", false], ["241062.300.000012", false], ["233211.100.000001", false]]);
    expect(page.invoices.rows.map((i) => i.href)).toEqual([`/invoices/${view.invoices.rows[0]!.id}`]);
    expect(page.subcontracts.map((s) => [s.number, s.contractor.name, s.items.length])).toEqual([["SC-1", "Beton Service KZ LLP", 1]]);
    expect(page).toMatchObject({ isSub: false, parent: null, parentRemaining: null, title: `Contract ${w.contract.number}` });

    const subs = await listContracts({ actor: w.alice, kind: "sub", page: 1, sort });
    expect(subs.rows.map((r) => [r.number, r.parent?.number, r.parent?.contractor.name, r.parentRemainingTiyn, r._count.items])).toEqual([["SC-1", "GC-1", "Almaty Stroy Invest LLP", T(800_000_000), 1]]);
    expect((await listContracts({ actor: w.alice, kind: "sub", page: 1, sort, q: "beton" })).total).toBe(1);
    const sub = await getContract({ actor: w.alice, contractId: w.subcontract.id });
    expect(sub).toMatchObject({ parentRemainingTiyn: T(800_000_000), contract: { parent: { number: "GC-1" } } });
  });
});
