import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { createBudgetLine } from "../../lib/budget/create-budget-line";
import { listBudgetLines, NO_REGION } from "../../lib/budget/list-budget-lines";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { returnRemainder } from "../../lib/allocations/return-remainder";
import type { TRegionCode } from "../../lib/kz/regions";
import { createOrganization } from "../../lib/organizations/create-organization";
import { actorWithRole } from "../support/actors";
import { buildWorld, concreteInvoice, official, T } from "../support/ledger-fixtures";

const sort = { column: "code" as const, direction: "asc" as const };

describe("budget lines", () => {
  it("shows what was allocated, paid to contractors and returned", async () => {
    const w = await buildWorld({ amount: T(1_000_000_000), expiresAt: new Date("2026-06-30T18:59:59Z") });
    // Submitted and paid while the colour is alive.
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 30_000, now: new Date("2026-05-20") })).id, now: new Date("2026-06-01") });
    // The contractor passes some on: that is still "paid" from the budget's point of view, once.
    await approveInvoice({ actor: w.gcUser, invoiceId: (await concreteInvoice(w, { sub: true, quantity: 10, price: 29_000, now: new Date("2026-06-01") })).id, now: new Date("2026-06-02") });
    let { page } = await listBudgetLines({ actor: w.alice, page: 1, sort });
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]).toMatchObject({ appropriatedTiyn: T(10_000_000_000), allocatedTiyn: T(1_000_000_000), paidTiyn: T(3_000_000), returnedTiyn: 0n });
    await returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-07-01") });
    ({ page } = await listBudgetLines({ actor: w.alice, page: 1, sort }));
    // Everything unspent — the project's 997 000 000 ₸ and what the contractors still held — went back.
    expect(page.rows[0]).toMatchObject({ paidTiyn: T(3_000_000), returnedTiyn: T(1_000_000_000) });
  });

  it("an official sees their ministry's lines; a Ministry of Finance official sees all", async () => {
    const edu = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Education" } });
    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const finance = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Finance", isFinance: true } });
    const line = (ministryId: number, code: string, name: string) =>
      createBudgetLine({ actor: SYSTEM_ACTOR, input: { code, specifics: "431", fiscalYear: 2026, name, ministryId, appropriatedTiyn: T(1000) } });
    await line(edu.id, "04 9 467 037 015", "Schools");
    await line(health.id, "05 9 288 038 015", "Hospitals");
    const eduOfficial = official(edu.id, 501);
    const financeOfficial = { ...official(finance.id, 502), isFinance: true };
    expect((await listBudgetLines({ actor: eduOfficial, page: 1, sort })).page.rows.map((r) => r.name)).toEqual(["Schools"]);
    expect((await listBudgetLines({ actor: financeOfficial, page: 1, sort })).page.rows.map((r) => r.name)).toEqual(["Schools", "Hospitals"]);
    expect((await listBudgetLines({ actor: financeOfficial, page: 1, sort, q: "0592" })).page.rows.map((r) => r.name)).toEqual(["Hospitals"]);
    expect((await listBudgetLines({ actor: financeOfficial, page: 1, sort, q: "hosp" })).page.rows.map((r) => r.name)).toEqual(["Hospitals"]);
    await expect(createBudgetLine({ actor: eduOfficial, input: { code: "05 9 288 038 011", specifics: "431", fiscalYear: 2026, name: "Not mine", ministryId: health.id, appropriatedTiyn: T(1) } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listBudgetLines({ actor: actorWithRole("contractor"), page: 1, sort })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(line(edu.id, "049467037015", "Again")).rejects.toMatchObject({ code: "BUDGET_LINE_EXISTS" });
  });

  it("totals by region and by ministry over what the filters select; filters by ministry and region; sorts by returned", async () => {
    const w = await buildWorld({ amount: T(1_000_000_000), expiresAt: new Date("2026-06-30T18:59:59Z") });
    await prisma().budgetLine.update({ where: { id: w.line.id }, data: { region: "almaty-city" } });
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 30_000, now: new Date("2026-05-20") })).id, now: new Date("2026-06-01") });
    await returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-07-01") });
    const health = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Health" } });
    const finance = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Finance", isFinance: true } });
    const line = (ministryId: number, code: string, name: string, region: TRegionCode | null, tenge: number) =>
      createBudgetLine({ actor: SYSTEM_ACTOR, input: { code, specifics: "431", fiscalYear: 2026, name, ministryId, region, appropriatedTiyn: T(tenge) } });
    await line(w.ministry.id, "04 9 467 037 901", "Schools, Almaty again", "almaty-city", 1_000);
    await line(w.ministry.id, "04 9 467 037 902", "Schools, republican", null, 2_000);
    await line(health.id, "05 9 288 038 015", "Hospitals, Shymkent", "shymkent", 5_000_000_000);
    const financeOfficial = { ...official(finance.id, 502), isFinance: true };
    const list = (filters: Partial<Parameters<typeof listBudgetLines>[0]> = {}, actor = financeOfficial) => listBudgetLines({ actor, page: 1, sort, ...filters });

    const all = await list();
    expect(all.byRegion).toEqual([
      { region: "almaty-city", appropriated: T(10_000_001_000), allocated: T(1_000_000_000), paid: T(3_000_000) },
      { region: "shymkent", appropriated: T(5_000_000_000), allocated: 0n, paid: 0n },
      { region: null, appropriated: T(2_000), allocated: 0n, paid: 0n },
    ]);
    // The two charts cut the same money two ways.
    const sum = (rows: { appropriated: bigint; allocated: bigint; paid: bigint }[]) => rows.reduce((a, r) => [a[0]! + r.appropriated, a[1]! + r.allocated, a[2]! + r.paid], [0n, 0n, 0n]);
    expect(sum(all.byMinistry)).toEqual(sum(all.byRegion));
    expect(all.byMinistry.map((m) => [m.ministry, m.appropriated])).toEqual([
      [w.ministry.name, T(10_000_003_000)],
      ["Health", T(5_000_000_000)],
    ]);

    const almaty = await list({ region: "almaty-city" });
    expect(almaty.page.rows.map((r) => r.name)).toEqual(["School construction", "Schools, Almaty again"]);
    expect(almaty.page.total).toBe(2);
    expect(almaty.byRegion.map((r) => r.region)).toEqual(["almaty-city"]);
    expect(almaty.byMinistry.map((m) => m.ministry)).toEqual([w.ministry.name]);
    expect((await list({ region: NO_REGION })).page.rows.map((r) => r.name)).toEqual(["Schools, republican"]);
    expect((await list({ ministryId: health.id })).page.rows.map((r) => r.name)).toEqual(["Hospitals, Shymkent"]);
    expect((await list({ ministryId: health.id })).byRegion).toEqual([{ region: "shymkent", appropriated: T(5_000_000_000), allocated: 0n, paid: 0n }]);
    expect((await list({ ministryId: w.ministry.id, region: "shymkent" })).page.total).toBe(0);
    expect((await list({ ministryId: w.ministry.id, q: "republican" })).page.rows.map((r) => r.name)).toEqual(["Schools, republican"]);
    // A ministry filter never widens an official's scope: another ministry's lines stay out of sight.
    const mine = await list({ ministryId: health.id }, w.alice);
    expect(mine.page.total).toBe(0);
    expect(mine.byRegion).toEqual([]);
    expect((await list({}, w.alice)).page.total).toBe(3);

    const byReturned = await list({ sort: { column: "returned", direction: "desc" } });
    expect(byReturned.page.rows[0]).toMatchObject({ name: "School construction", returnedTiyn: T(1_000_000_000) });
    expect((await list({ sort: { column: "returned", direction: "asc" } })).page.rows.at(-1)!.name).toBe("School construction");
  });
});
