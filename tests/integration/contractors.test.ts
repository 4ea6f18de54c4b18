import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { debarCompany, liftDebarment } from "../../lib/contractors/debar-company";
import { companyPageView } from "../../lib/contractors/company-view";
import { getCompany } from "../../lib/contractors/get-company";
import { listCompanies } from "../../lib/contractors/list-companies";
import { registerCompany, type TRegisterCompany } from "../../lib/contractors/register-company";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { makeBin } from "../../lib/kz/bin";
import { makeIban } from "../../lib/kz/iban";
import { makeIin } from "../../lib/kz/iin";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { createOrganization } from "../../lib/organizations/create-organization";
import { DEMO_REGISTRY, seedDemoRegistry } from "../../prisma/seed/demo-registry";
import { actorWithRole } from "../support/actors";
import { buildWorld, official } from "../support/ledger-fixtures";

const sort = { column: "name" as const, direction: "asc" as const };
const director = { fullName: "Serik Bolatuly Akhmetov", iin: makeIin("780412", 3, 101), role: "director" as const };

function companyInput(serial: number, overrides: Partial<TRegisterCompany> = {}): TRegisterCompany {
  return {
    bin: makeBin(19, 6, serial),
    name: `Steppe Build ${serial} LLP`,
    nameRu: `ТОО «Степь Строй ${serial}»`,
    address: "Astana, Yesil district, Kabanbay Batyr ave. 11",
    region: "astana",
    registeredOn: "2019-06-14",
    bankAccount: makeIban("601", `A${String(serial).padStart(12, "0")}`),
    people: [director, { fullName: "Aliya Kairatovna Nurpeisova", iin: makeIin("850301", 4, 7), role: "founder", share: "100" }],
    ...overrides,
  };
}

/** With `isFinance`, an official of the Ministry of Finance: the register's keeper, who may debar any company (decision 0069). */
async function ministryOfficial({ isFinance = false } = {}) {
  const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry ${Math.random()}`, isFinance } });
  return { ...official(ministry.id, 700), isFinance };
}

describe("contractor registry", () => {
  it("registers a company with its people; a person with the same IIN is linked, not duplicated", async () => {
    const alice = await ministryOfficial();
    const first = await registerCompany({ actor: alice, input: companyInput(1) });
    expect(first).toMatchObject({ people: 2, reused: 0 });
    expect(first.company).toMatchObject({ kind: "company", region: "astana", isDebarred: false });
    expect(first.company.registeredOn?.toISOString()).toBe("2019-06-14T00:00:00.000Z");
    const second = await registerCompany({ actor: alice, input: companyInput(2, { bankAccount: " kz86 125k zt50 0410 0100 ", people: [{ ...director, fullName: "S. B. Akhmetov (typo)" }] }) });
    expect(second).toMatchObject({ people: 1, reused: 1 });
    expect(second.company.bankAccount).toBe("KZ86125KZT5004100100");
    expect(await prisma().person.count()).toBe(2);

    const view = await getCompany({ actor: alice, companyId: second.company.id });
    expect(view.people).toHaveLength(1);
    // The registry keeps the name it first recorded, and shows the person's other company.
    expect(view.people[0]).toMatchObject({ role: "director", person: { fullName: "Serik Bolatuly Akhmetov" } });
    expect(view.people[0]!.otherCompanies).toEqual([expect.objectContaining({ id: first.company.id, role: "director" })]);
    const founder = (await getCompany({ actor: alice, companyId: first.company.id })).people.find((p) => p.role === "founder");
    expect(founder).toMatchObject({ shareBp: 10000, otherCompanies: [] });
    // The page's view model: the person's other company, linked and worded; the official may debar.
    const page = await companyPageView({ actor: alice, companyId: second.company.id, locale: "en" });
    expect(page.people.map((p) => [p.person, p.role, p.elsewhere.map((o) => o.id)])).toEqual([["Serik Bolatuly Akhmetov", "Director", [first.company.id]]]);
    expect(page).toMatchObject({ isDebarred: false, bin: second.company.bin, details: { bankAccount: "KZ86 125K ZT50 0410 0100" }, contracts: { total: 0, rows: [] } });
  });

  it("validates every field and names the problem", async () => {
    const alice = await ministryOfficial();
    const bad = companyInput(3, {
      bin: "150640012342",
      bankAccount: "KZ87125KZT5004100100",
      registeredOn: "2999-01-01",
      people: [
        { fullName: "Founder One", iin: "791028302729", role: "founder", share: "70" },
        { fullName: "Founder Two", role: "founder", share: "40,5" },
      ],
    });
    const error = await registerCompany({ actor: alice, input: bad }).catch((e: unknown) => e);
    const messages = (error as { issues: { path: (string | number)[]; message: string }[] }).issues.map((i) => `${i.path.join(".")} ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "bin bin.check_digit",
        "bankAccount contractors.errors.iban.checksum",
        "registeredOn contractors.errors.dateFuture",
        "people.0.iin contractors.errors.iin.check_digit",
      ]),
    );
    const rules = await registerCompany({ actor: alice, input: companyInput(4, { people: [{ fullName: "Founder One", role: "founder", share: "70" }, { fullName: "Founder Two", role: "founder", share: "40,5" }] }) }).catch((e: unknown) => e);
    expect((rules as { issues: { message: string }[] }).issues.map((i) => i.message)).toEqual(["contractors.errors.directorRequired", "contractors.errors.sharesTotal"]);
    await registerCompany({ actor: alice, input: companyInput(5) });
    await expect(registerCompany({ actor: alice, input: companyInput(5) })).rejects.toMatchObject({ code: "BIN_TAKEN" });
  });

  it("only officials write to the registry; officials and investigators read it", async () => {
    for (const role of ["contractor", "investigator", "admin"] as const) {
      const actor = actorWithRole(role);
      await expect(registerCompany({ actor, input: companyInput(6) })).rejects.toBeInstanceOf(ForbiddenError);
      if (role !== "investigator") await expect(listCompanies({ actor, page: 1, sort })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(debarCompany({ actor, input: { companyId: 1, reason: "Because I can", debarredOn: "2026-01-01" } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await listCompanies({ actor: actorWithRole("investigator"), page: 1, sort })).rows).toBeDefined();
    const ministry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Education" } });
    await expect(getCompany({ actor: official(ministry.id, 1), companyId: ministry.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("searches by BIN, BIN prefix and name words in either language; filters by region and debarment", async () => {
    const alice = await ministryOfficial({ isFinance: true });
    const a = (await registerCompany({ actor: alice, input: companyInput(10, { name: "Almaty Stroy Invest LLP", nameRu: "ТОО «Алматы Строй Инвест»", region: "almaty-city" }) })).company;
    const b = (await registerCompany({ actor: alice, input: companyInput(11, { name: "Beton Service KZ LLP", nameRu: "ТОО «Бетон Сервис KZ»", region: "shymkent" }) })).company;
    const names = async (o: Parameters<typeof listCompanies>[0]) => (await listCompanies(o)).rows.map((r) => r.name);
    expect(await names({ actor: alice, page: 1, sort })).toEqual(["Almaty Stroy Invest LLP", "Beton Service KZ LLP"]);
    expect(await names({ actor: alice, page: 1, sort, q: b.bin! })).toEqual(["Beton Service KZ LLP"]);
    expect(await names({ actor: alice, page: 1, sort, q: `${a.bin!.slice(0, 6)} ${a.bin!.slice(6, 11)}` })).toEqual(["Almaty Stroy Invest LLP"]);
    expect(await names({ actor: alice, page: 1, sort, q: "алматы стр" })).toEqual(["Almaty Stroy Invest LLP"]);
    expect(await names({ actor: alice, page: 1, sort, q: "serv" })).toEqual(["Beton Service KZ LLP"]);
    expect(await names({ actor: alice, page: 1, sort, q: "beton almaty" })).toEqual([]);
    expect(await names({ actor: alice, page: 1, sort, region: "shymkent" })).toEqual(["Beton Service KZ LLP"]);
    await debarCompany({ actor: alice, input: { companyId: b.id, reason: "Included in the register of unreliable suppliers", debarredOn: "2026-02-01" } });
    expect(await names({ actor: alice, page: 1, sort, debarred: true })).toEqual(["Beton Service KZ LLP"]);
    expect(await names({ actor: alice, page: 1, sort, debarred: false })).toEqual(["Almaty Stroy Invest LLP"]);
    const page = await listCompanies({ actor: alice, page: 1, sort: { column: "name", direction: "desc" } });
    expect(page).toMatchObject({ total: 2, pages: 1 });
    expect(page.rows[0]).toMatchObject({ name: "Beton Service KZ LLP", isDebarred: true, people: 2 });
  });

  it("debarring and lifting are journalled in chain 0, once each", async () => {
    const alice = await ministryOfficial({ isFinance: true });
    const { company } = await registerCompany({ actor: alice, input: companyInput(20) });
    const debarred = await debarCompany({ actor: alice, input: { companyId: company.id, reason: "Court decision No. 2-118/2026", debarredOn: "2026-03-02" } });
    expect(debarred.company).toMatchObject({ isDebarred: true, debarredReason: "Court decision No. 2-118/2026" });
    await expect(debarCompany({ actor: alice, input: { companyId: company.id, reason: "Again and again", debarredOn: "2026-03-02" } })).rejects.toMatchObject({ code: "COMPANY_ALREADY_DEBARRED" });
    await expect(debarCompany({ actor: alice, input: { companyId: company.id, reason: "no", debarredOn: "2026-03-02" } })).rejects.toMatchObject({ name: "ZodError" });
    const lifted = await liftDebarment({ actor: alice, input: { companyId: company.id, reason: "Decision overturned on appeal" } });
    expect(lifted.company).toMatchObject({ isDebarred: false, debarredOn: null, debarredReason: null });
    await expect(liftDebarment({ actor: alice, input: { companyId: company.id, reason: "Decision overturned on appeal" } })).rejects.toMatchObject({ code: "COMPANY_NOT_DEBARRED" });
    await expect(debarCompany({ actor: alice, input: { companyId: 999_999, reason: "No such company", debarredOn: "2026-03-02" } })).rejects.toBeInstanceOf(NotFoundError);

    const entries = await prisma().journalEntry.findMany({ where: { chain: 0 }, orderBy: { seq: "asc" } });
    expect(entries.map((e) => [e.seq, e.kind])).toEqual([
      [1n, "company.debarred"],
      [2n, "company.debarment_lifted"],
    ]);
    expect(JSON.parse(entries[0]!.payload)).toMatchObject({ companyId: company.id, bin: company.bin, reason: "Court decision No. 2-118/2026", debarredOn: "2026-03-02", actorId: 700 });
    expect(JSON.parse(entries[1]!.payload)).toMatchObject({ reason: "Decision overturned on appeal", wasReason: "Court decision No. 2-118/2026" });
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
  });

  it("shows a company's contracts as far as the official's scope goes", async () => {
    const w = await buildWorld();
    const outsider = await ministryOfficial();
    expect((await getCompany({ actor: w.alice, companyId: w.general.id })).contracts.rows.map((c) => c.number)).toEqual(["GC-1"]);
    expect((await getCompany({ actor: w.alice, companyId: w.sub.id })).contracts.rows.map((c) => [c.number, c.parent?.number])).toEqual([["SC-1", "GC-1"]]);
    // Paged: past the last page there is nothing, and the total still counts what is in scope.
    expect((await getCompany({ actor: w.alice, companyId: w.general.id, contractsPage: 2 })).contracts).toMatchObject({ rows: [], total: 1, page: 2, pages: 1 });
    const theirs = await getCompany({ actor: outsider, companyId: w.general.id });
    expect(theirs.contracts).toMatchObject({ rows: [], total: 0 });
    expect((await getCompany({ actor: { ...outsider, isFinance: true }, companyId: w.general.id })).contracts.total).toBe(1);
  });

  it("the demo registry seeds once: one person directs two companies, one company is debarred", async () => {
    expect(await seedDemoRegistry()).toEqual({ companies: DEMO_REGISTRY.length });
    expect(await seedDemoRegistry()).toEqual({ companies: 0 });
    const bolat = await prisma().person.findFirstOrThrow({ where: { fullName: "Bolat Yerzhanovich Sarsenbayev" }, include: { roles: true } });
    expect(bolat.roles.filter((r) => r.role === "director")).toHaveLength(2);
    const debarred = await prisma().organization.findMany({ where: { isDebarred: true }, select: { name: true } });
    expect(debarred).toEqual([{ name: "Kapital Invest Group LLP" }]);
    expect(await prisma().journalEntry.count({ where: { chain: 0, kind: "company.debarred" } })).toBe(1);
  });
});
