import { withNames } from "./demo-names";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { allocateColour } from "../../lib/allocations/allocate-colour";
import { createBudgetLine } from "../../lib/budget/create-budget-line";
import { createContract } from "../../lib/contracts/create-contract";
import { prisma } from "../../lib/db";
import { formatIban, makeIban } from "../../lib/kz/iban";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { atHistoricMoment } from "../../lib/ledger/history-moment";
import { createProject } from "../../lib/projects/create-project";
import { refusedDemoInvoice, submitDemoInvoice } from "./demo-invoices";

// Budget lines, projects with estimates, allocations, contracts and paid invoices for the demo, made through
// the same lib functions as the portal. Codes are illustrative (shared/reference/kazakhstan.md §2.4), prices
// within the reference ranges (§6.1). Runs once: a second run finds the first budget line and stops.
const T = (tenge: number) => BigInt(Math.round(tenge * 100));
const Q = (units: number) => BigInt(Math.round(units * 1000));

async function actorFor(email: string): Promise<TActor> {
  const u = await prisma().user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
  return { userId: u.id, role: u.role, name: u.name, email: u.email, organizationId: u.organizationId, organizationKind: u.organization?.kind ?? null, organizationName: u.organization?.name ?? null, isFinance: u.organization?.isFinance ?? false };
}

/**
 * The general contractor's registry facts and director, as the other demo companies have them (demo-flags.ts):
 * registered in June 2015 as its BIN says, a valid IBAN (Halyk Bank's code 601).
 */
async function seedGeneralContractorFacts(bin: string) {
  const db = prisma();
  const general = await db.organization.update({
    where: { bin },
    data: { address: "Almaty, Almaly district, Abylai Khan ave. 79, office 404", region: "almaty-city", registeredOn: new Date("2015-06-18"), bankAccount: formatIban(makeIban("601", "A861004271935")) },
  });
  const director = await db.person.create({ data: { fullName: "Yerlan Maratuly Akhmetov", address: "Almaty, Dostyk ave. 132, apt. 58" } });
  await db.companyPerson.createMany({ data: [{ organizationId: general.id, personId: director.id, role: "director" }, { organizationId: general.id, personId: director.id, role: "founder", shareBp: 10000 }] });
  return general;
}

export async function seedDemoMoney(): Promise<{ budgetLines: number; payments: number }> {
  const db = prisma();
  if (await db.budgetLine.findFirst({ where: { code: "04 9 467 037 015", specifics: "431", fiscalYear: 2026 } })) return { budgetLines: 0, payments: 0 };
  const minedu = await db.organization.findFirstOrThrow({ where: { name: "Ministry of Enlightenment of the Republic of Kazakhstan" } });
  const minhealth = await db.organization.findFirstOrThrow({ where: { name: "Ministry of Health of the Republic of Kazakhstan" } });
  const mintransport = await db.organization.findFirstOrThrow({ where: { name: "Ministry of Transport of the Republic of Kazakhstan" } });
  const general = await seedGeneralContractorFacts("150640012341");
  const supplier = await db.organization.findUniqueOrThrow({ where: { bin: "180340021543" } });
  const finance = await actorFor("official@minfin.gov.kz");
  const approver = await actorFor("approver@minfin.gov.kz");
  const contractor = await actorFor("contractor@almatystroy.kz");
  const supplierUser = await actorFor("supplier@betonkz.kz");

  const lines = {
    school: await createBudgetLine({ actor: SYSTEM_ACTOR, input: withNames({ code: "04 9 467 037 015", specifics: "431", fiscalYear: 2026, name: "Строительство и реконструкция объектов начального, основного среднего и общего среднего образования", ministryId: minedu.id, region: "almaty-city", appropriatedTiyn: T(12_000_000_000) }) }),
    hospital: await createBudgetLine({ actor: SYSTEM_ACTOR, input: withNames({ code: "05 9 288 038 015", specifics: "431", fiscalYear: 2026, name: "Строительство и реконструкция объектов здравоохранения", ministryId: minhealth.id, region: "shymkent", appropriatedTiyn: T(25_000_000_000) }) }),
    road: await createBudgetLine({ actor: SYSTEM_ACTOR, input: withNames({ code: "12 1 268 025 011", specifics: "431", fiscalYear: 2026, name: "Развитие транспортной инфраструктуры", ministryId: mintransport.id, region: "karaganda", appropriatedTiyn: T(18_000_000_000) }) }),
    meals: await createBudgetLine({ actor: SYSTEM_ACTOR, input: withNames({ code: "04 2 464 003 015", specifics: "159", fiscalYear: 2026, name: "Общеобразовательное обучение: горячее питание учащихся 1–4 классов", ministryId: minedu.id, region: "almaty-city", appropriatedTiyn: T(2_400_000_000) }) }),
  };

  const school = await createProject({
    actor: SYSTEM_ACTOR,
    input: withNames({
      name: "School for 600 pupils, Nauryzbay district, Almaty",
      region: "almaty-city",
      address: "Almaty, Nauryzbay district, Shugyla microdistrict",
      ministryId: minedu.id,
      startsOn: new Date("2026-03-01"),
      endsOn: new Date("2027-08-31"),
      items: [
        { code: "236310.100.000003", name: "Ready-mixed concrete B25 (M350)", category: "23.63", unit: "м3", quantityMilli: Q(6_800), ceilingUnitPriceTiyn: T(34_000) },
        { code: "241062.300.000012", name: "Rebar A500C Ø12", category: "24.10", unit: "т", quantityMilli: Q(620), ceilingUnitPriceTiyn: T(410_000) },
        { code: "233211.100.000001", name: "Ceramic building brick", category: "23.32", unit: "1000 шт", quantityMilli: Q(1_450), ceilingUnitPriceTiyn: T(92_000) },
        { code: "410040.000.000011", name: "Construction and installation works, school building", category: "41.00", unit: "работа", quantityMilli: Q(1), ceilingUnitPriceTiyn: T(3_900_000_000) },
      ].map(withNames),
    }),
  });
  await createProject({
    actor: SYSTEM_ACTOR,
    input: withNames({
      name: "District hospital, 150 beds, Shymkent",
      region: "shymkent",
      ministryId: minhealth.id,
      startsOn: new Date("2026-04-01"),
      items: [
        { code: "236310.100.000003", name: "Ready-mixed concrete B25 (M350)", category: "23.63", unit: "м3", quantityMilli: Q(14_000), ceilingUnitPriceTiyn: T(31_500) },
        { code: "241062.300.000012", name: "Rebar A500C Ø12", category: "24.10", unit: "т", quantityMilli: Q(1_300), ceilingUnitPriceTiyn: T(395_000) },
      ].map(withNames),
    }),
  });
  await createProject({
    actor: SYSTEM_ACTOR,
    input: withNames({
      name: "Road section km 112–138, Karaganda — Temirtau",
      region: "karaganda",
      ministryId: mintransport.id,
      items: [
        { code: "239913.100.000002", name: "Hot asphalt-concrete mix", category: "23.99", unit: "т", quantityMilli: Q(48_000), ceilingUnitPriceTiyn: T(29_000) },
        { code: "421120.000.000000", name: "Road construction and reconstruction works", category: "42.11", unit: "км", quantityMilli: Q(26), ceilingUnitPriceTiyn: T(310_000_000) },
      ].map(withNames),
    }),
  });

  const items = await db.estimateItem.findMany({ where: { projectId: school.id }, orderBy: { id: "asc" } });
  const colour = await atHistoricMoment(new Date("2026-03-02T05:00:00Z"), () =>
    allocateColour({
      actor: finance,
      input: {
        budgetLineId: lines.school.id,
        projectId: school.id,
        amountTiyn: T(4_500_000_000),
        expiresAt: new Date("2027-12-25T18:59:59Z"),
        reason: "Allocation order No. 17-2026 of the Ministry of Enlightenment",
        rules: { allowedItemCodes: "all", advanceLimitBp: 3000, approvalThresholdTiyn: T(100_000_000), exits: { wages: { allowed: true, maxShareBp: 2500 }, taxes: { allowed: true, maxShareBp: 1200 } } },
      },
    }),
  );
  const contract = await createContract({
    actor: finance,
    input: {
      colourId: colour.id,
      contractorId: general.id,
      number: "ГЗ-2026/0415",
      valueTiyn: T(4_300_000_000),
      signedOn: new Date("2026-03-10"),
      endsOn: new Date("2027-08-31"),
      items: items.map((i) => ({ estimateItemId: i.id, quantityMilli: i.quantityMilli, ceilingUnitPriceTiyn: i.ceilingUnitPriceTiyn })),
    },
  });
  const subcontract = await createContract({
    actor: contractor,
    input: { colourId: colour.id, parentId: contract.id, contractorId: supplier.id, number: "СП-0415/01", valueTiyn: T(210_000_000), signedOn: new Date("2026-03-20"), isFinalSupplier: true, items: [{ estimateItemId: items[0]!.id, quantityMilli: Q(6_800), ceilingUnitPriceTiyn: T(32_000) }] },
  });

  let payments = 0;
  const demoInvoice = (contractId: number, number: string, issuedOn: string, lines: [number, number, number][], kind: "work" | "advance" = "work") => {
    const priced = lines.map(([item, quantity, price]) => ({ estimateItemId: items[item]!.id, quantityMilli: Q(quantity), unitPriceTiyn: T(price) }));
    return { contractId, number, kind, issuedOn, lines: priced };
  };
  const invoice = (actor: TActor, ...args: Parameters<typeof demoInvoice>) => submitDemoInvoice(actor, demoInvoice(...args));

  // An advance and two acts of completed works, paid; one act waiting for its second approval; one refused by the rules.
  const advance = await invoice(contractor, contract.id, "СФ-0001", "2026-03-25", [[3, 0.25, 2_000_000_000]], "advance");
  await atHistoricMoment(new Date("2026-03-27T05:00:00Z"), () => approveInvoice({ actor: finance, invoiceId: advance.id, now: new Date("2026-03-27T05:00:00Z") }));
  await atHistoricMoment(new Date("2026-03-27T06:00:00Z"), () => approveInvoice({ actor: approver, invoiceId: advance.id, now: new Date("2026-03-27T06:00:00Z") }));
  payments++;
  const act1 = await invoice(contractor, contract.id, "СФ-0002", "2026-05-05", [[0, 1_200, 33_500], [1, 95, 402_000]]);
  await atHistoricMoment(new Date("2026-05-07T04:30:00Z"), () => approveInvoice({ actor: finance, invoiceId: act1.id, now: new Date("2026-05-07T04:30:00Z") }));
  payments++;
  const sub1 = await invoice(supplierUser, subcontract.id, "БС-118", "2026-05-12", [[0, 1_150, 31_800]]);
  await atHistoricMoment(new Date("2026-05-13T07:10:00Z"), () => approveInvoice({ actor: contractor, invoiceId: sub1.id, now: new Date("2026-05-13T07:10:00Z") }));
  payments++;
  const act2 = await invoice(contractor, contract.id, "СФ-0003", "2026-07-02", [[0, 2_100, 33_900], [2, 200, 91_000]]);
  await atHistoricMoment(new Date("2026-07-03T05:20:00Z"), () => approveInvoice({ actor: finance, invoiceId: act2.id, now: new Date("2026-07-03T05:20:00Z") }));
  payments++;
  await invoice(contractor, contract.id, "СФ-0004", "2026-09-15", [[1, 180, 405_000], [2, 350, 90_500]]);
  // Above the contract's ceiling: the rules refuse its submission; it stays the contractor's draft, refusal recorded.
  await refusedDemoInvoice(contractor, demoInvoice(contract.id, "СФ-0005", "2026-10-01", [[0, 300, 36_200]]));
  return { budgetLines: Object.keys(lines).length, payments };
}
