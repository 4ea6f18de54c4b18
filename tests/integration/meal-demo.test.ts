import { listVoucherMeals } from "../../lib/meals/parent";
import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { DASTARKHAN_BIN, seedDemoMeals } from "../../prisma/seed/demo-meals";
import { DEMO_PARENT_CODE, DEMO_PASSWORD, DEMO_SCHOOL_USERS, schoolUserRole } from "../../prisma/seed/demo-logins";
import { seedDemoMoney } from "../../prisma/seed/demo-money";

// The school-meal demo (decision 0209): a month of breakfasts through the scan path, a settlement through the ledger,
// and exactly the three planted schemes flagged; a second run changes nothing.

describe("the school-meal demo", () => {
  it("plants three schemes that the meal flags find, and nothing else; runs once", { timeout: 600_000 }, async () => {
    await seedDemoAccounts();
    await seedDemoMoney();
    const first = await seedDemoMeals();
    expect(first.meals).toBeGreaterThan(1000);
    expect(first.refused).toBe(24);
    const db = prisma();
    const operator = await db.organization.findUniqueOrThrow({ where: { bin: DASTARKHAN_BIN } });
    const programme = await db.mealProgramme.findFirstOrThrow();
    const schools = await db.school.findMany({ orderBy: { id: "asc" } });
    const no = (n: number) => schools.find((s) => s.name === `School No. ${n}`)!.id;
    const flags = await db.flag.findMany({ where: { colourId: programme.colourId, status: "open" }, orderBy: { kind: "asc" } });
    expect(flags.map((f) => [f.kind, f.subjectId])).toEqual([
      ["meal_non_school_day", `colour:${programme.colourId}:school:${no(25)}`],
      ["meal_redemption", `colour:${programme.colourId}:school:${no(12)}:month:2026-11:breakfast`],
      ["meal_scan_burst", `colour:${programme.colourId}:device:${operator.id}/phone-7:day:2026-11-18`],
    ]);
    // November settled on 1 December, its journal entry dated then; the ledger and journal check out.
    const settlement = await db.mealSettlement.findFirstOrThrow();
    const transfer = await db.transfer.findUniqueOrThrow({ where: { id: settlement.transferId } });
    // Every record of it says so (decision 0276): the settlement ("paid" on the canteen home and its page), the
    // transfer (statement, trace), the operator's lot and the journal entry.
    const settledAt = "2026-12-01T05:00:00.000Z";
    expect(settlement.createdAt.toISOString()).toBe(settledAt);
    expect(transfer.createdAt.toISOString()).toBe(settledAt);
    const lots = await db.lot.findMany({ where: { transferId: settlement.transferId } });
    expect(lots.length).toBeGreaterThan(0);
    for (const lot of lots) expect(lot.createdAt.toISOString()).toBe(settledAt);
    const entry = await db.journalEntry.findFirstOrThrow({ where: { chain: transfer.colourId, kind: "transfer", payload: { contains: "attendanceSheet" } } });
    expect(entry.createdAt.toISOString()).toBe(settledAt);
    expect(JSON.parse(entry.payload)).toMatchObject({ at: settledAt });
    expect(settlement.mealCount).toBe(first.meals - 3);
    expect((await checkLedgerInvariants(db)).violations).toEqual([]);
    expect((await verifyDatabaseJournal(db)).firstBroken).toBeNull();
    // The school users sign in with the demo password, under the role schoolUserRole() gives them, in no organisation.
    for (const u of DEMO_SCHOOL_USERS) expect(await verifyCredentials(u.email, DEMO_PASSWORD, "127.0.0.1"), u.email).toMatchObject({ ok: true, user: { role: schoolUserRole(), organizationId: null } });
    expect(await verifyCredentials("canteen@dastarkhan.kz", DEMO_PASSWORD, "127.0.0.1")).toMatchObject({ ok: true, user: { role: "contractor", organizationId: operator.id } });

    // The published parent's code opens School No. 12's first pupil's meals (every school day of November).
    expect((await listVoucherMeals({ secret: DEMO_PARENT_CODE })).total).toBeGreaterThan(15);

    const count = async () => [await db.mealRecord.count(), await db.refusedScan.count(), await db.mealSettlement.count(), await db.user.count()];
    const before = await count();
    expect(await seedDemoMeals()).toEqual({ meals: 0, refused: 0, flags: 0 });
    expect(await count()).toEqual(before);
  });
});
