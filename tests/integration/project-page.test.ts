import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { createOrganization } from "../../lib/organizations/create-organization";
import { changeEstimate } from "../../lib/projects/change-estimate";
import { getProjectOverview, listEstimateProgress, listProjectTimeline } from "../../lib/projects/project-overview";
import { buildWorld, concreteInvoice, official, Q, T } from "../support/ledger-fixtures";

describe("the project page", () => {
  it("shows estimate vs invoiced vs paid per item, balances by holder and the timeline", async () => {
    const w = await buildWorld();
    const paid = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    await approveInvoice({ actor: w.alice, invoiceId: paid.id });
    await concreteInvoice(w, { quantity: 50, price: 31_000 });

    const items = await listEstimateProgress({ actor: w.alice, projectId: w.project.id, page: 1 });
    const concrete = items.rows.find((r) => r.code === "236310.100.000003")!;
    expect(concrete).toMatchObject({ quantityMilli: Q(1200), contractedMilli: Q(1200), invoicedMilli: Q(150), invoicedTiyn: T(4_550_000), paidMilli: Q(100), paidTiyn: T(3_000_000) });
    expect((await listEstimateProgress({ actor: w.alice, projectId: w.project.id, q: "rebar", page: 1 })).rows.map((r) => r.code)).toEqual(["241062.300.000012"]);
    const byAmount = await listEstimateProgress({ actor: w.alice, projectId: w.project.id, page: 1, sort: { column: "amount", direction: "desc" } });
    expect(byAmount.rows.map((r) => r.code)).toEqual(["233211.100.000001", "241062.300.000012", "236310.100.000003"]);

    const overview = await getProjectOverview({ actor: w.alice, projectId: w.project.id });
    expect(overview.totals).toMatchObject({ contracted: T(900_000_000), invoiced: T(4_550_000), paid: T(3_000_000) });
    const holders = overview.colours[0]!.holders.map((h) => [h.kind, h.name, h.balanceTiyn]);
    expect(holders).toEqual([
      ["project", w.project.name, T(997_000_000)],
      ["company", "Almaty Stroy Invest LLP", T(3_000_000)],
    ]);
    expect(overview.contracts.map((c) => c.number)).toEqual(["GC-1", "SC-1"]);

    const timeline = await listProjectTimeline({ actor: w.alice, projectId: w.project.id, page: 1 });
    expect(timeline.rows.map((r) => [r.kind, r.from.kind, r.to.name, r.amountTiyn, r.invoiceNumber])).toEqual([
      ["payment", "project", "Almaty Stroy Invest LLP", T(3_000_000), paid.number],
      ["mint", "issuance", w.project.name, T(1_000_000_000), null],
    ]);

    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Other" } });
    await expect(getProjectOverview({ actor: official(other.id, 5), projectId: w.project.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listProjectTimeline({ actor: official(other.id, 5), projectId: w.project.id, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("versions estimate changes, demands a reason after allocation and journals them in the colour's chain", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w, { quantity: 300, price: 30_000 });
    expect(invoice.status).toBe("submitted");
    const concrete = w.items[0]!;
    const item = { name: concrete.name, category: concrete.category, unit: "м3", quantityMilli: Q(1500), ceilingUnitPriceTiyn: T(33_000) };
    const change = (patch: Partial<typeof item>, reason = "Design change No. 4: extra foundation") =>
      changeEstimate({ actor: w.alice, projectId: w.project.id, expectedVersion: 1, change: { op: "change", itemId: concrete.id, item: { ...item, ...patch } }, reason });

    await expect(change({}, "")).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    // The contract holds 1 200 m3: the estimate cannot go below it, nor the ceiling below the contract's.
    await expect(change({ quantityMilli: Q(1000) })).rejects.toMatchObject({ code: "ESTIMATE_BELOW_COMMITTED", params: { quantity: String(Q(1200)) } });
    await expect(change({ ceilingUnitPriceTiyn: T(31_000) })).rejects.toMatchObject({ code: "ESTIMATE_CEILING_BELOW_CONTRACT" });
    await expect(change({ unit: "т" })).rejects.toMatchObject({ code: "ESTIMATE_UNIT_IN_USE" });
    await expect(changeEstimate({ actor: w.alice, projectId: w.project.id, expectedVersion: 1, change: { op: "remove", itemId: concrete.id }, reason: "Not needed any more" })).rejects.toMatchObject({ code: "ESTIMATE_ITEM_IN_USE" });

    const revision = await change({});
    expect(revision.version).toBe(2);
    expect(revision.changes).toEqual([
      { op: "change", code: concrete.code, before: expect.objectContaining({ quantityMilli: String(Q(1200)) }), after: expect.objectContaining({ quantityMilli: String(Q(1500)), ceilingUnitPriceTiyn: String(T(33_000)) }) },
    ]);
    // The other official's form still says version 1: refused, not overwritten.
    await expect(change({ quantityMilli: Q(1600) })).rejects.toMatchObject({ code: "ESTIMATE_CHANGED_MEANWHILE" });

    const added = await changeEstimate({
      actor: w.bob,
      projectId: w.project.id,
      expectedVersion: 2,
      change: { op: "add", item: { code: "NEW-1", name: "Waterproofing membrane", category: "22.21", unit: "м2", quantityMilli: Q(900), ceilingUnitPriceTiyn: T(4_200) } },
      reason: "Design change No. 4: waterproofing",
    });
    expect(added.version).toBe(3);
    const newItem = await prisma().estimateItem.findFirstOrThrow({ where: { projectId: w.project.id, code: "NEW-1" } });
    await changeEstimate({ actor: w.bob, projectId: w.project.id, expectedVersion: 3, change: { op: "remove", itemId: newItem.id }, reason: "Design change No. 5: membrane dropped" });

    const project = await prisma().project.findUniqueOrThrow({ where: { id: w.project.id } });
    expect(project.estimateVersion).toBe(4);
    const journalled = await prisma().journalEntry.findMany({ where: { chain: w.colour.id, kind: "estimate" }, orderBy: { seq: "asc" } });
    expect(journalled.map((j) => JSON.parse(j.payload).version)).toEqual([2, 3, 4]);
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
    // History is never edited.
    await expect(prisma().estimateRevision.updateMany({ where: { projectId: w.project.id }, data: { reason: "x" } })).rejects.toThrow(/APPEND_ONLY/);
    const outsider = official((await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Other" } })).id, 6);
    await expect(changeEstimate({ actor: outsider, projectId: w.project.id, expectedVersion: 4, change: { op: "remove", itemId: concrete.id }, reason: "Not mine" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
