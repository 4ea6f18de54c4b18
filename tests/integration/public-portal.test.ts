import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { createContract } from "../../lib/contracts/create-contract";
import { saveInvoice } from "../../lib/invoices/save-invoice";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { exitCircuit } from "../../lib/contractors/exit-circuit";
import { makeIin } from "../../lib/kz/iin";
import { nationalOverview } from "../../lib/public/national-overview";
import { publicProject } from "../../lib/public/project-profile";
import { publicCompany } from "../../lib/public/company-profile";
import { publicArea } from "../../lib/public/area-profile";
import type { TStageSums } from "../../lib/public/ledger-flows";
import { searchPublic, parsePublicSearch } from "../../lib/public/search";
import { dataAsOf } from "../../lib/public/data-as-of";
import { areaView, asOfView, companyView, homeView, projectView, searchRowsView } from "../../lib/public/open-view";
import { searchExport } from "../../lib/public/search-export";
import { LOCALES } from "../../lib/i18n";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { seedDemoMoney } from "../../prisma/seed/demo-money";
import { seedDemoFlags } from "../../prisma/seed/demo-flags";
import { seedDemoRegistry } from "../../prisma/seed/demo-registry";
import { contractor, Q, T } from "../support/ledger-fixtures";

const GENERAL_BIN = "150640012341";
const SOLE_TRADER_IIN = makeIin("850101", 3, 4242);

/** The demo data, plus a sole trader (registered under an IIN) paid as a subcontractor and a wages exit. */
async function seedWorld() {
  await seedDemoAccounts();
  await seedDemoMoney();
  await seedDemoFlags();
  await seedDemoRegistry();
  const db = prisma();
  const general = await db.organization.findUniqueOrThrow({ where: { bin: GENERAL_BIN } });
  const generalUser = await db.user.findFirstOrThrow({ where: { email: "contractor@almatystroy.kz" } });
  const generalActor = { ...contractor(general.id, generalUser.id), name: generalUser.name, email: generalUser.email };
  const prime = await db.contract.findFirstOrThrow({ where: { number: "ГЗ-2026/0415" } });
  const item = await db.estimateItem.findFirstOrThrow({ where: { projectId: prime.projectId, code: "233211.100.000001" } });
  const soleTrader = await db.organization.create({ data: { kind: "company", name: "ИП Жанибеков Арман", bin: SOLE_TRADER_IIN, region: "almaty-city" } });
  const sub = await createContract({
    actor: generalActor,
    input: { colourId: prime.colourId, parentId: prime.id, contractorId: soleTrader.id, number: "СП-0415/77", valueTiyn: T(2_000_000), signedOn: new Date("2026-05-01"), items: [{ estimateItemId: item.id, quantityMilli: Q(10), ceilingUnitPriceTiyn: T(90_000) }] },
  });
  const invoice = await saveInvoice({ actor: contractor(soleTrader.id, 9_900_001), input: { contractId: sub.id, number: "1", kind: "work", issuedOn: new Date("2026-06-01"), lines: [{ estimateItemId: item.id, quantityMilli: Q(5), unitPriceTiyn: T(88_000) }], submissionKey: crypto.randomUUID(), intent: "submit" } });
  await approveInvoice({ actor: generalActor, invoiceId: invoice.id });
  await exitCircuit({ actor: generalActor, colourId: prime.colourId, organizationId: general.id, kind: "wages", amountTiyn: T(1_000_000) });
  return { projectId: prime.projectId };
}

const PERSON_NUMBERS = async () => [SOLE_TRADER_IIN, ...(await prisma().person.findMany({ select: { iin: true } })).map((p) => p.iin!).filter(Boolean)];

describe("public portal reads (lib/public)", () => {
  let projectId = 0;
  beforeEach(async () => {
    ({ projectId } = await seedWorld());
  });

  it("national stages add up on the demo data (decision 0136)", async () => {
    const o = await nationalOverview();
    const t = o.totals;
    const minted = (await prisma().colour.aggregate({ _sum: { mintedTiyn: true } }))._sum.mintedTiyn!;
    expect(t.allocated).toBe(minted);
    expect(t.allocated).toBeGreaterThan(0n);
    expect(t.firstTier).toBeGreaterThan(0n);
    expect(t.downChain).toBeGreaterThan(0n);
    expect(t.wages).toBe(T(1_000_000));
    // Where every allocated tiyn is now.
    expect(t.heldByProject + t.heldByCompanies + t.wages + t.taxes + t.released + t.returned).toBe(t.allocated);
    // Allocated = still with projects + paid to first tier + returned straight from projects.
    expect(t.heldByProject + t.firstTier + t.returnedFromProject).toBe(t.allocated);
    // Paid to first tier = still with companies + left as wages, taxes, releases + returned by companies.
    expect(t.heldByCompanies + t.wages + t.taxes + t.released + (t.returned - t.returnedFromProject)).toBe(t.firstTier);
    expect(t.appropriated).toBe((await prisma().budgetLine.aggregate({ _sum: { appropriatedTiyn: true } }))._sum.appropriatedTiyn);
    // Breakdowns add up to the totals.
    expect(o.byRegion.reduce((a, r) => a + r.allocated, 0n)).toBe(t.allocated);
    expect(o.byMinistry.reduce((a, r) => a + r.appropriated, 0n)).toBe(t.appropriated);
    expect(o.byMinistry.reduce((a, r) => a + r.firstTier, 0n)).toBe(t.firstTier);
    expect(o.byYear.reduce((a, r) => a + r.allocated, 0n)).toBe(t.allocated);
    expect(o.largestProjects[0]!.allocated).toBeGreaterThan(0n);
  });

  it("never names or numbers a person: sole traders are a group, IINs are not found", async () => {
    const o = await nationalOverview();
    const persons = o.largestRecipients.find((r) => r.kind === "persons");
    expect(persons).toMatchObject({ kind: "persons", count: 1, received: T(440_000) });
    expect(o.largestRecipients.some((r) => r.kind === "company" && r.bin === GENERAL_BIN)).toBe(true);
    expect(await publicCompany({ bin: SOLE_TRADER_IIN })).toBeNull();
    expect(await publicCompany({ bin: "not-a-bin" })).toBeNull();
    const general = await publicCompany({ bin: GENERAL_BIN });
    const colour = general!.colours.find((c) => c.project.id === projectId)!;
    expect(colour.from.some((f) => f.who.kind === "project")).toBe(true);
    expect(colour.to).toEqual(expect.arrayContaining([{ who: { kind: "persons", count: 1 }, amountTiyn: T(440_000) }, { who: { kind: "exit", exit: "wages" }, amountTiyn: T(1_000_000) }]));
    expect(colour.to.some((f) => f.who.kind === "company" && f.who.bin === "180340021543")).toBe(true);
    const project = await publicProject({ projectId });
    expect(project!.contracts.find((c) => c.number === "СП-0415/77")).toMatchObject({ depth: 1, contractor: null, paidTiyn: T(440_000) });
    expect(project!.contracts[0]).toMatchObject({ depth: 0, contractor: { bin: GENERAL_BIN } });
    const found = await searchPublic(parsePublicSearch({ q: SOLE_TRADER_IIN }));
    expect(found.total).toBe(0);
    const byName = await searchPublic(parsePublicSearch({ q: "Жанибеков" }));
    expect(byName.total).toBe(0);
    const everything = JSON.stringify([o, general, project, await searchPublic(parsePublicSearch({})), await dataAsOf()], (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    for (const n of await PERSON_NUMBERS()) expect(everything).not.toContain(n);
    expect(everything).not.toContain("Жанибеков");
  });

  it("a project's profile: figures, items, tree and timeline agree with the ledger", async () => {
    const p = await publicProject({ projectId });
    expect(p!.figures.allocated).toBe(T(4_500_000_000));
    expect(p!.items.total).toBe(4);
    expect(p!.items.rows.every((r) => r.estimateTiyn >= r.contractedTiyn || r.contractedTiyn > 0n)).toBe(true);
    const firstTier = p!.timeline.reduce((a, m) => a + (m.byStage.firstTier ?? 0n), 0n);
    expect(firstTier).toBe(p!.figures.firstTier);
    expect(p!.colours[0]!.rules).not.toBeNull();
    expect(await publicProject({ projectId: 999_999 })).toBeNull();
  });

  it("region, ministry and budget-line profiles: totals equal the overview's row, add up, name no person", async () => {
    const o = await nationalOverview();
    const pick = ({ allocated, firstTier, downChain, heldByProject, heldByCompanies, wages, taxes, released, returned, returnedFromProject }: TStageSums) => ({ allocated, firstTier, downChain, heldByProject, heldByCompanies, wages, taxes, released, returned, returnedFromProject });
    const adds = (t: TStageSums) => {
      expect(t.heldByProject + t.heldByCompanies + t.wages + t.taxes + t.released + t.returned).toBe(t.allocated);
      expect(t.heldByProject + t.firstTier + t.returnedFromProject).toBe(t.allocated);
      expect(t.heldByCompanies + t.wages + t.taxes + t.released + (t.returned - t.returnedFromProject)).toBe(t.firstTier);
    };
    const profiles = [];
    for (const row of o.byRegion) {
      const a = (await publicArea({ kind: "region", key: row.region }))!;
      expect(pick(a.totals), row.region).toEqual(pick(row));
      expect(a.totals.appropriated).toBeNull();
      adds(a.totals);
      // The demo data fits on one page: the region's projects add up to it.
      expect(a.projects.pages).toBe(1);
      expect(a.projects.rows.reduce((s, p) => s + p.allocated, 0n)).toBe(a.totals.allocated);
      profiles.push(a);
    }
    for (const row of o.byMinistry) {
      const a = (await publicArea({ kind: "ministry", key: String(row.key) }))!;
      expect({ ...pick(a.totals), appropriated: a.totals.appropriated }).toEqual({ ...pick(row), appropriated: row.appropriated });
      adds(a.totals);
      profiles.push(a);
    }
    // The budget lines of a ministry add up to it.
    const ministry = o.byMinistry[0]!;
    const lines = await prisma().budgetLine.findMany({ where: { ministryId: ministry.key }, select: { id: true } });
    const lineProfiles = await Promise.all(lines.map(async (l) => (await publicArea({ kind: "budgetLine", key: String(l.id) }))!));
    expect(lineProfiles.reduce((s, a) => s + a.totals.allocated, 0n)).toBe(ministry.allocated);
    expect(lineProfiles.reduce((s, a) => s + a.totals.appropriated!, 0n)).toBe(ministry.appropriated);
    lineProfiles.forEach((a) => adds(a.totals));
    // A line is found by its classification too: code digits, specifics, year.
    const first = lineProfiles[0]!.subject;
    if (first.kind !== "budgetLine") throw new Error("not a line");
    const byCode = await publicArea({ kind: "budgetLine", key: `${first.line.code.replace(/ /g, "")}-${first.line.specifics}-${first.line.fiscalYear}` });
    expect(pick(byCode!.totals)).toEqual(pick(lineProfiles[0]!.totals));
    expect(await publicArea({ kind: "budgetLine", key: `${first.line.code.replace(/ /g, "")}-${first.line.specifics}-1999` })).toBeNull();
    profiles.push(...lineProfiles);
    // The sole trader's region groups the person; no profile names or numbers anyone.
    const almaty = profiles.find((a) => a.subject.kind === "region" && a.projects.rows.some((p) => p.id === projectId))!;
    expect(almaty.recipients.find((r) => r.kind === "persons")).toMatchObject({ count: 1, received: T(440_000) });
    const everything = JSON.stringify([profiles, ...profiles.flatMap((a) => LOCALES.map((l) => areaView(a, l)))], (_k, v) => (typeof v === "bigint" ? v.toString() : v));
    for (const n of await PERSON_NUMBERS()) expect(everything).not.toContain(n);
    expect(everything).not.toContain("Жанибеков");
    expect(everything).not.toMatch(/"(open|allocations)\.[a-zA-Z.]+"/);
    // Unknown or malformed keys are not found; a page past the end is empty.
    const company = await prisma().organization.findFirstOrThrow({ where: { bin: GENERAL_BIN } });
    for (const area of [{ kind: "region", key: "atlantis" }, { kind: "region", key: "" }, { kind: "region", key: "a\u0000b" }, { kind: "region", key: "x".repeat(500) }, { kind: "ministry", key: "0x10" }, { kind: "ministry", key: String(company.id) }, { kind: "ministry", key: "2147483648" }, { kind: "budgetLine", key: "1.5" }, { kind: "budgetLine", key: "2147483647" }] as const) {
      expect(await publicArea(area), JSON.stringify(area)).toBeNull();
    }
    expect((await publicArea({ kind: "region", key: almaty.subject.kind === "region" ? almaty.subject.region : "" }, { page: 999 }))!.projects.rows).toEqual([]);
  });

  it("search finds projects, companies by name or BIN and budget lines, a page at a time; bad filters fall back", async () => {
    expect((await searchPublic(parsePublicSearch({ q: "School" }))).rows[0]).toMatchObject({ kind: "project", key: String(projectId) });
    expect((await searchPublic(parsePublicSearch({ q: GENERAL_BIN.slice(0, 8), kind: "company" }))).rows.map((r) => r.key)).toContain(GENERAL_BIN);
    expect((await searchPublic(parsePublicSearch({ q: "049467", kind: "budget_line" }))).rows[0]).toMatchObject({ kind: "budget_line" });
    const parsed = parsePublicSearch({ q: ["x"], kind: "nonsense", page: "-3" });
    expect(parsed).toEqual({ q: "", kind: "all", page: 1 });
    const all = await searchPublic(parsed);
    expect(all.rows.length).toBe(Math.min(25, all.total));
    const past = await searchPublic({ q: "", kind: "all", page: 999 });
    expect(past.rows).toEqual([]);
  });

  it("data as of: the latest posting and the journal's heads", async () => {
    const d = await dataAsOf();
    expect(d.asOf).toBeInstanceOf(Date);
    expect(d.heads.length).toBeGreaterThan(0);
    expect(d.heads[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(d.chains).toBeGreaterThan(0);
  });

  it("view models: every label worded in ru, kk and en, persons grouped; the download is exactly the page's rows", async () => {
    const overview = await nationalOverview();
    const project = (await publicProject({ projectId }))!;
    const company = (await publicCompany({ bin: GENERAL_BIN }))!;
    for (const locale of LOCALES) {
      const views = [homeView(overview, locale), projectView(project, locale), companyView(company, locale), await asOfView(locale)];
      const text = JSON.stringify(views, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
      // An untranslated key would show as "open.…" or "allocations.…".
      expect(text, locale).not.toMatch(/"(open|allocations)\.[a-zA-Z.]+"/);
      expect(text).not.toContain(SOLE_TRADER_IIN);
    }
    const home = homeView(overview, "ru");
    expect(home.stages.map((r) => r.key)).toEqual(["appropriated", "unallocated", "allocated", "heldByProject", "firstTier", "heldByCompanies", "wagesTaxes", "released", "returned", "downChain", "unspent"]);
    expect(home.recipients.find((r) => r.key === "persons")!.name).toBe("Физические лица, 1 человек");
    expect(projectView(project, "kk").contracts.find((c) => c.number === "СП-0415/77")).toMatchObject({ contractor: "Жеке тұлға (аты аталмайды)", href: null, bin: "" });
    const search = parsePublicSearch({ q: "", kind: "all", page: "1" });
    const shown = searchRowsView((await searchPublic(search)).rows, "en");
    const csv = await searchExport({ search, format: "csv", locale: "en", origin: "http://x" });
    expect(csv.body.trim().split(/\r?\n/).length - 1).toBe(shown.length);
    const json = JSON.parse((await searchExport({ search, format: "json", locale: "en", origin: "http://x" })).body);
    expect(json.rows.map((r: { name: string }) => r.name)).toEqual(shown.map((r) => r.name));
    expect(json.rows[0].amountKzt).toMatch(/^\d+\.\d{2}$/);
  });
});
