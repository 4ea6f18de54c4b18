import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { seedDemoAccounts } from "../../prisma/seed/demo-accounts";
import { DEMO_ORGANIZATIONS, DEMO_USERS } from "../../prisma/seed/demo-logins";
import { verifyCredentials } from "../../lib/users/verify-credentials";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-logins";
import { seedDemoMoney } from "../../prisma/seed/demo-money";
import { seedDemoFlags } from "../../prisma/seed/demo-flags";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";

describe("demo seed", () => {
  it("creates every demo sign-in, and a second run changes nothing", async () => {
    expect(await seedDemoAccounts()).toEqual({ organizations: DEMO_ORGANIZATIONS.length, users: DEMO_USERS.length });
    const snapshot = async () => ({
      users: await prisma().user.findMany({ orderBy: { id: "asc" } }),
      orgs: await prisma().organization.findMany({ orderBy: { id: "asc" } }),
    });
    const before = await snapshot();
    expect(await seedDemoAccounts()).toEqual({ organizations: 0, users: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("every demo login signs in with the documented password", async () => {
    await seedDemoAccounts();
    for (const u of DEMO_USERS) {
      expect(await verifyCredentials(u.email, DEMO_PASSWORD, "127.0.0.1"), u.email).toMatchObject({ ok: true, user: { role: u.role } });
    }
  });

  it("dates the demo's history as it happened: submitted before decided before paid, postings at their payment", async () => {
    const started = new Date();
    await seedDemoAccounts();
    await seedDemoMoney();
    await seedDemoFlags();
    const db = prisma();
    const invoices = await db.invoice.findMany({ include: { decisions: true } });
    const paid = invoices.filter((i) => i.paidAt);
    expect(paid.length).toBeGreaterThanOrEqual(8);
    // Drafts the rules refused on submission have no submission moment.
    for (const i of invoices.filter((x) => x.submittedAt)) {
      expect(i.submittedAt!.getTime()).toBeLessThan(Date.UTC(2026, 10, 1));
      for (const d of i.decisions) expect(d.decidedAt.getTime()).toBeGreaterThan(i.submittedAt!.getTime());
      if (i.paidAt) expect(i.paidAt.getTime()).toBeGreaterThan(i.submittedAt!.getTime());
    }
    for (const i of paid) {
      const payment = await db.transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: BigInt(i.id) } });
      expect(payment.createdAt).toEqual(i.paidAt);
    }
    // Every allocation's money arrived before anything was paid from it.
    for (const mint of await db.transfer.findMany({ where: { kind: "mint" } })) expect(mint.createdAt.getTime()).toBeLessThan(Date.UTC(2026, 5, 1));
    // Nothing of the ledger carries the seed's minute (decision 0276): every transfer and lot is history.
    const late = async () => [
      await db.transfer.count({ where: { createdAt: { gte: started } } }),
      await db.lot.count({ where: { createdAt: { gte: started } } }),
    ];
    expect(await late()).toEqual([0, 0]);
    expect((await verifyDatabaseJournal(db)).firstBroken).toBeNull();
  });

  it("raises the flags the demo plants, with the definitions of issue 15", async () => {
    await seedDemoAccounts();
    await seedDemoMoney();
    await seedDemoFlags();
    const flags = await prisma().flag.findMany({ where: { status: "open" } });
    const kinds = new Set(flags.map((f) => f.kind));
    for (const kind of ["round_trip", "pass_through", "new_company", "concentration", "split_invoices", "duplicate_invoice", "approval_out_of_hours", "markup", "approval_same_person", "refused_attempts", "debarred_party"]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });
});
