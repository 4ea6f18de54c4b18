import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { allocateColour } from "../../lib/allocations/allocate-colour";
import { createContract } from "../../lib/contracts/create-contract";
import { prisma } from "../../lib/db";
import { recomputeAllFlags, settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { atHistoricMoment } from "../../lib/ledger/history-moment";
import { makeBin } from "../../lib/kz/bin";
import { createOrganization } from "../../lib/organizations/create-organization";
import { createUser } from "../../lib/users/create-user";
import { refusedDemoInvoice, submitDemoInvoice } from "./demo-invoices";
import { DEMO_PASSWORD } from "./demo-logins";

// Money with patterns for the investigators' red flags, made through the same lib functions as the portal
// (allocations, contracts, invoices, approvals). Company registers, people and relations have no screen yet
// and are written directly. Runs once: a second run finds the hospital's general contractor and stops.
//   Hospital, Shymkent: a subcontractor that shares a director with the general contractor, registered four
//     months before it was paid, receives half the colour within days of the general contractor being paid
//     (round-trip, pass-through, new company, concentration).
//   Road, Karaganda: invoices just under the second-approval threshold, one of them twice and one approved at
//     night (split, duplicate, out of hours), asphalt billed upward 35 % above what was paid for it, an official
//     who founded the contractor approving its invoices, one of them submitted by his own contractor account
//     (round-trip to the approver, same person), three overpriced invoices refused, a subcontractor given its subcontract while debarred.
const T = (tenge: number) => BigInt(Math.round(tenge * 100));
const Q = (units: number) => BigInt(Math.round(units * 1000));
const BIN = { ontustik: makeBin(9, 3, 41_210), shymkentBeton: makeBin(26, 1, 51_730), zhol: makeBin(11, 7, 33_120), temir: makeBin(14, 2, 60_450), saryarka: makeBin(19, 10, 27_390) };

async function actorFor(email: string): Promise<TActor> {
  const u = await prisma().user.findUniqueOrThrow({ where: { email }, include: { organization: true } });
  return { userId: u.id, role: u.role, name: u.name, email: u.email, organizationId: u.organizationId, organizationKind: u.organization?.kind ?? null, organizationName: u.organization?.name ?? null, isFinance: u.organization?.isFinance ?? false };
}

async function company(bin: string, name: string, nameRu: string, facts: { address: string; region: string; registeredOn: string; bankAccount: string }) {
  const org = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "company", name, nameRu, bin } });
  return prisma().organization.update({ where: { id: org.id }, data: { ...facts, registeredOn: new Date(facts.registeredOn) } });
}

async function login(email: string, name: string, role: "official" | "contractor", organizationId: number, personId: number | null = null): Promise<TActor> {
  await createUser({ actor: SYSTEM_ACTOR, input: { email, name, role, organizationId, password: DEMO_PASSWORD } });
  if (personId) await prisma().user.update({ where: { email }, data: { personId } });
  return actorFor(email);
}

export async function seedDemoFlags(): Promise<{ payments: number; flags: number }> {
  const db = prisma();
  if (await db.organization.findUnique({ where: { bin: BIN.ontustik } })) return { payments: 0, flags: 0 };
  const finance = await actorFor("official@minfin.gov.kz");
  let payments = 0;
  const pay = async (actor: TActor, invoiceId: number, at: string) => {
    // The payment and its journal entry dated at the approval, as it happened (decision 0144).
    const outcome = await atHistoricMoment(new Date(at), () => approveInvoice({ actor, invoiceId, now: new Date(at) }));
    if (outcome.status === "paid") payments++;
  };
  const demoInvoice = (contractId: number, number: string, issuedOn: string, lines: [number, number, number][]) => ({
    contractId,
    number,
    issuedOn,
    lines: lines.map(([estimateItemId, quantity, price]) => ({ estimateItemId, quantityMilli: Q(quantity), unitPriceTiyn: T(price) })),
  });
  const invoice = (actor: TActor, ...args: Parameters<typeof demoInvoice>) => submitDemoInvoice(actor, demoInvoice(...args));

  // ── Hospital, Shymkent ──
  const hospital = await db.project.findFirstOrThrow({ where: { name: "District hospital, 150 beds, Shymkent" }, include: { estimateItems: { orderBy: { id: "asc" } } } });
  const healthLine = await db.budgetLine.findFirstOrThrow({ where: { code: "05 9 288 038 015", specifics: "431", fiscalYear: 2026 } });
  const [concrete, rebar] = hospital.estimateItems;
  const ontustik = await company(BIN.ontustik, "Ontustik Qurylys LLP", "ТОО «Онтүстік Құрылыс»", { address: "Shymkent, Tauke Khan ave. 38, office 12", region: "shymkent", registeredOn: "2009-03-17", bankAccount: "KZ75 601A 8610 0012 3456" });
  const shymkentBeton = await company(BIN.shymkentBeton, "Shymkent Beton Trade LLP", "ТОО «Шымкент Бетон Трейд»", { address: "Shymkent, Baidibek bi st. 112", region: "shymkent", registeredOn: "2026-01-15", bankAccount: "KZ11 722S 0000 0456 7788" });
  const yessenov = await db.person.create({ data: { fullName: "Bakhyt Serikuly Yessenov", address: "Shymkent, Kazybek bi st. 7, apt. 31" } });
  await db.companyPerson.createMany({ data: [{ organizationId: ontustik.id, personId: yessenov.id, role: "director" }, { organizationId: shymkentBeton.id, personId: yessenov.id, role: "founder", shareBp: 10000 }] });
  const ontustikUser = await login("contractor@ontustik.kz", "Gulnara Abdikadyrova", "contractor", ontustik.id);
  const betonTradeUser = await login("sales@shymkentbeton.kz", "Ruslan Tulegenov", "contractor", shymkentBeton.id);
  const healthColour = await atHistoricMoment(new Date("2026-04-14T05:00:00Z"), () =>
    allocateColour({
      actor: finance,
      input: { budgetLineId: healthLine.id, projectId: hospital.id, amountTiyn: T(800_000_000), expiresAt: new Date("2027-12-25T18:59:59Z"), reason: "Allocation order No. 31-2026 of the Ministry of Health", rules: { allowedItemCodes: "all", advanceLimitBp: 2000, approvalThresholdTiyn: T(500_000_000), exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: true, maxShareBp: 1200 } } } },
    }),
  );
  const hospitalContract = await createContract({
    actor: finance,
    input: { colourId: healthColour.id, contractorId: ontustik.id, number: "ГЗ-2026/0733", valueTiyn: T(780_000_000), signedOn: new Date("2026-04-20"), items: [{ estimateItemId: concrete!.id, quantityMilli: Q(14_000), ceilingUnitPriceTiyn: T(31_500) }, { estimateItemId: rebar!.id, quantityMilli: Q(300), ceilingUnitPriceTiyn: T(395_000) }] },
  });
  const betonSub = await createContract({
    actor: ontustikUser,
    input: { colourId: healthColour.id, parentId: hospitalContract.id, contractorId: shymkentBeton.id, number: "СП-0733/01", valueTiyn: T(410_000_000), signedOn: new Date("2026-04-27"), isFinalSupplier: true, items: [{ estimateItemId: concrete!.id, quantityMilli: Q(13_500), ceilingUnitPriceTiyn: T(31_500) }] },
  });
  const h1 = await invoice(ontustikUser, hospitalContract.id, "ОҚ-0001", "2026-05-04", [[concrete!.id, 13_000, 31_000]]);
  await pay(finance, h1.id, "2026-05-05T05:30:00Z");
  const h2 = await invoice(betonTradeUser, betonSub.id, "ШБТ-015", "2026-05-07", [[concrete!.id, 13_000, 30_900]]);
  await pay(ontustikUser, h2.id, "2026-05-08T06:00:00Z");

  // ── Road, Karaganda — Temirtau ──
  const road = await db.project.findFirstOrThrow({ where: { name: "Road section km 112–138, Karaganda — Temirtau" }, include: { estimateItems: { orderBy: { id: "asc" } } } });
  const roadLine = await db.budgetLine.findFirstOrThrow({ where: { code: "12 1 268 025 011", specifics: "431", fiscalYear: 2026 } });
  const [asphalt, works] = road.estimateItems;
  const mintransport = road.ministryId;
  const zhol = await company(BIN.zhol, "Karaganda Zhol Kurylys LLP", "ТОО «Қарағанды Жол Құрылыс»", { address: "Karaganda, Bukhar Zhyrau ave. 57", region: "karaganda", registeredOn: "2011-07-04", bankAccount: "KZ42 998C TB00 0000 1234" });
  const temir = await company(BIN.temir, "Temir Asphalt LLP", "ТОО «Темір Асфальт»", { address: "Temirtau, Metallurgov ave. 12", region: "karaganda", registeredOn: "2014-02-11", bankAccount: "KZ06 826K 0KZT D200 5511" });
  const saryarka = await company(BIN.saryarka, "Sary-Arka Trans LLP", "ТОО «Сары-Арка Транс»", { address: "Karaganda, Yerubaev st. 33", region: "karaganda", registeredOn: "2019-10-02", bankAccount: "KZ29 914K 2000 0077 1212" });
  const zhaksylykov = await db.person.create({ data: { fullName: "Timur Bolatovich Zhaksylykov", address: "Astana, Kabanbay Batyr ave. 11, apt. 94" } });
  await db.companyPerson.create({ data: { organizationId: zhol.id, personId: zhaksylykov.id, role: "founder", shareBp: 6000 } });
  const roadOfficial = await login("t.zhaksylykov@transport.gov.kz", "Timur Zhaksylykov", "official", mintransport, zhaksylykov.id);
  const zholUser = await login("contractor@karagandazhol.kz", "Aliya Mukanova", "contractor", zhol.id);
  const zholOwnerUser = await login("owner@karagandazhol.kz", "Timur Zhaksylykov", "contractor", zhol.id, zhaksylykov.id);
  const temirUser = await login("sales@temirasphalt.kz", "Daniyar Sagyndykov", "contractor", temir.id);
  const roadColour = await atHistoricMoment(new Date("2026-05-11T05:00:00Z"), () =>
    allocateColour({
      actor: finance,
      input: { budgetLineId: roadLine.id, projectId: road.id, amountTiyn: T(3_000_000_000), expiresAt: new Date("2027-11-30T18:59:59Z"), reason: "Allocation order No. 12-2026 of the Ministry of Transport", rules: { allowedItemCodes: "all", advanceLimitBp: 1500, approvalThresholdTiyn: T(150_000_000), exits: { wages: { allowed: true, maxShareBp: 2000 }, taxes: { allowed: true, maxShareBp: 1200 } } } },
    }),
  );
  const roadContract = await createContract({
    actor: finance,
    input: { colourId: roadColour.id, contractorId: zhol.id, number: "ГЗ-2026/0512", valueTiyn: T(2_900_000_000), signedOn: new Date("2026-05-15"), items: [{ estimateItemId: asphalt!.id, quantityMilli: Q(48_000), ceilingUnitPriceTiyn: T(29_000) }, { estimateItemId: works!.id, quantityMilli: Q(5), ceilingUnitPriceTiyn: T(310_000_000) }] },
  });
  const temirSub = await createContract({
    actor: zholUser,
    input: { colourId: roadColour.id, parentId: roadContract.id, contractorId: temir.id, number: "СП-0512/01", valueTiyn: T(600_000_000), signedOn: new Date("2026-05-20"), isFinalSupplier: true, items: [{ estimateItemId: asphalt!.id, quantityMilli: Q(25_000), ceilingUnitPriceTiyn: T(24_000) }] },
  });
  await createContract({
    actor: zholUser,
    input: { colourId: roadColour.id, parentId: roadContract.id, contractorId: saryarka.id, number: "СП-0512/02", valueTiyn: T(90_000_000), signedOn: new Date("2026-05-22"), items: [{ estimateItemId: works!.id, quantityMilli: Q(0.25), ceilingUnitPriceTiyn: T(300_000_000) }] },
  });
  // Just under 150 mn each, two weeks apart; the first approved by the official who founded the contractor.
  const r1 = await invoice(zholUser, roadContract.id, "ҚЖҚ-0101", "2026-06-02", [[asphalt!.id, 5_000, 28_500]]);
  await pay(roadOfficial, r1.id, "2026-06-03T05:00:00Z");
  const r2 = await invoice(zholUser, roadContract.id, "ҚЖҚ-0102", "2026-06-16", [[asphalt!.id, 5_100, 28_000]]);
  await pay(finance, r2.id, "2026-06-17T17:45:00Z");
  await invoice(zholUser, roadContract.id, "ҚЖҚ-0103", "2026-06-04", [[asphalt!.id, 5_000, 28_500]]);
  // Asphalt bought at 21 000 ₸/t one tier down.
  const t1 = await invoice(temirUser, temirSub.id, "ТА-2207", "2026-06-20", [[asphalt!.id, 7_000, 21_000]]);
  await pay(zholUser, t1.id, "2026-06-22T06:30:00Z");
  // Submitted by the founder's contractor account, approved by his official account.
  const r4 = await invoice(zholOwnerUser, roadContract.id, "ҚЖҚ-0104", "2026-07-01", [[works!.id, 0.1, 300_000_000]]);
  await pay(roadOfficial, r4.id, "2026-07-02T04:30:00Z");
  // Three invoices above the ceiling, each refused by the purpose rules on submission (kept as drafts).
  for (const [n, day] of [["ҚЖҚ-0105", "2026-07-10"], ["ҚЖҚ-0106", "2026-07-14"], ["ҚЖҚ-0107", "2026-07-20"]] as const) {
    await refusedDemoInvoice(zholUser, demoInvoice(roadContract.id, n, day, [[asphalt!.id, 1_000, 31_000]]));
  }
  // In the register since 4 May, recorded late: the subcontract of 22 May was signed with a debarred company.
  await db.organization.update({ where: { id: saryarka.id }, data: { isDebarred: true, debarredOn: new Date("2026-05-04"), debarredReason: "Register of unreliable participants: contract No. 114-ГЗ of 2025 unfulfilled" } });

  await settleFlagRefreshes();
  const { open } = await recomputeAllFlags();
  return { payments, flags: open };
}
