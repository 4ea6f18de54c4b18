import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { contractorPreview, searchContractorChoices, searchSubcontractorChoices, subcontractorPreview } from "../../lib/pickers/contractor-picker";
import { searchEvidenceChoices } from "../../lib/pickers/evidence-picker";
import { actorWithRole } from "../support/actors";
import { buildWorld, concreteInvoice, contractor } from "../support/ledger-fixtures";

// Choosing instead of typing ids (issue 19, decision 0228): the contractor picker searches the registry as the
// registry page does (officials and investigators), the evidence picker searches payments, invoices and companies
// for investigators; anyone else is refused (the routes answer "not found").

const values = (options: { value: string }[]) => options.map((o) => o.value);

describe("the contractor picker", () => {
  it("finds a company by name words or BIN prefix and previews it with its director, region and debarment", async () => {
    const w = await buildWorld();
    const person = await prisma().person.create({ data: { fullName: "Serik Akhmetov" } });
    await prisma().companyPerson.create({ data: { organizationId: w.sub.id, personId: person.id, role: "director" } });
    await prisma().organization.update({ where: { id: w.sub.id }, data: { region: "almaty_city" } });

    const byName = await searchContractorChoices({ actor: w.alice, q: "beton serv", locale: "en" });
    expect(values(byName)).toEqual([w.sub.bin]);
    expect(byName[0]!.label).toBe("Beton Service KZ LLP");
    expect(byName[0]!.detail).toContain(`BIN ${w.sub.bin}`);
    expect(values(await searchContractorChoices({ actor: actorWithRole("investigator"), q: w.general.bin!.slice(0, 8), locale: "en" }))).toContain(w.general.bin);
    expect(await searchContractorChoices({ actor: w.alice, q: "  ", locale: "en" })).toEqual([]);

    const preview = await contractorPreview({ actor: w.alice, bin: w.sub.bin!, locale: "en" });
    expect(preview).toMatchObject({ id: w.sub.id, name: "Beton Service KZ LLP", bin: w.sub.bin, director: "Serik Akhmetov", isDebarred: false });
    expect(preview!.region).toBeTruthy();
    expect(await contractorPreview({ actor: w.alice, bin: "000000000000", locale: "en" })).toBeNull();
    expect(await contractorPreview({ actor: w.alice, bin: "12'; --", locale: "en" })).toBeNull();

    await prisma().organization.update({ where: { id: w.sub.id }, data: { isDebarred: true, debarredOn: new Date("2026-05-01") } });
    expect(await contractorPreview({ actor: w.alice, bin: w.sub.bin!, locale: "en" })).toMatchObject({ isDebarred: true });
    const [debarred] = await searchContractorChoices({ actor: w.alice, q: w.sub.bin!, locale: "en" });
    expect(debarred).toMatchObject({ isWarning: true });
  });

  it("contractors and administrators may not search the registry", async () => {
    const w = await buildWorld();
    await expect(searchContractorChoices({ actor: contractor(w.general.id, 9001), q: "LLP", locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(contractorPreview({ actor: actorWithRole("admin"), bin: w.sub.bin!, locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the subcontractor picker (decision 0238)", () => {
  it("lets a contractor find any other legal entity by name or BIN, with only what the public registry shows", async () => {
    const w = await buildWorld();
    const gc = contractor(w.general.id, 9002);
    const byName = await searchSubcontractorChoices({ actor: gc, q: "beton serv", locale: "en" });
    expect(values(byName)).toEqual([w.sub.bin]);
    expect(Object.keys(byName[0]!).sort()).toEqual(["detail", "isWarning", "label", "value"]);
    expect(byName[0]!.detail).toContain(`BIN ${w.sub.bin}`);
    expect(values(await searchSubcontractorChoices({ actor: gc, q: w.sub.bin!.slice(0, 8), locale: "en" }))).toContain(w.sub.bin);
    // Never its own company; nothing for an empty query.
    expect(values(await searchSubcontractorChoices({ actor: gc, q: w.general.bin!, locale: "en" }))).toEqual([]);
    expect(await searchSubcontractorChoices({ actor: gc, q: "  ", locale: "en" })).toEqual([]);
    // A sole trader (an IIN-like number) is not searched, but its typed BIN previews as the number only.
    const trader = await prisma().organization.create({ data: { kind: "company", name: "Beton Serv IP Akhmetov", bin: "850101300123" } });
    expect(values(await searchSubcontractorChoices({ actor: gc, q: "beton serv", locale: "en" }))).not.toContain(trader.bin);
    expect(await subcontractorPreview({ actor: gc, bin: trader.bin!, locale: "en" })).toMatchObject({ name: trader.bin, bin: trader.bin });

    const preview = await subcontractorPreview({ actor: gc, bin: w.sub.bin!, locale: "en" });
    expect(preview).toEqual({ name: "Beton Service KZ LLP", bin: w.sub.bin, region: null, isDebarred: false, debarredOn: null });
    expect(await subcontractorPreview({ actor: gc, bin: "000000000000", locale: "en" })).toBeNull();
    await expect(searchSubcontractorChoices({ actor: w.alice, q: "LLP", locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("the evidence picker", () => {
  it("finds payments by number, invoices by number or amount, companies by name or BIN", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w, { quantity: 7, price: 31_111 });
    await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    const paid = await prisma().transfer.findFirstOrThrow({ where: { amountTiyn: invoice.totalTiyn }, orderBy: { id: "desc" } });
    const investigator = actorWithRole("investigator");
    const search = (q: string) => searchEvidenceChoices({ actor: investigator, q, locale: "en" }).then(values);

    expect(await search(`#${paid.id}`)).toContain(`transfer:${paid.id}`);
    expect(await search(invoice.number)).toContain(`invoice:${invoice.id}`);
    expect(await search("Beton Service")).toEqual([`company:${w.sub.id}`]);
    expect(await search(w.general.bin!)).toContain(`company:${w.general.id}`);
    // 7 × 31 111 ₸ = 217 777 ₸, written as a reader would.
    const byAmount = await search("217 777,00 ₸");
    expect(byAmount).toEqual(expect.arrayContaining([`invoice:${invoice.id}`, `transfer:${paid.id}`]));
    expect(new Set(byAmount).size).toBe(byAmount.length);
    expect(await search("")).toEqual([]);
    expect(await search("no such thing at all")).toEqual([]);
  });

  it("only investigators pick evidence", async () => {
    const w = await buildWorld();
    await expect(searchEvidenceChoices({ actor: w.alice, q: "LLP", locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchEvidenceChoices({ actor: contractor(w.general.id, 9001), q: "LLP", locale: "en" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
