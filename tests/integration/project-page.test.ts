import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { createOrganization } from "../../lib/organizations/create-organization";
import { changeEstimate } from "../../lib/projects/change-estimate";
import { attachAct } from "../../lib/invoices/act-documents";
import { readInvoiceAct } from "../../lib/invoices/invoice-acts";
import { listProjectDocuments } from "../../lib/projects/project-documents";
import { getProjectOverview, listEstimateProgress, listProjectTimeline } from "../../lib/projects/project-overview";
import { projectOverviewView } from "../../lib/projects/project-view";
import { buildWorld, concreteInvoice, official, Q, T } from "../support/ledger-fixtures";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");

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
    expect(overview.contracts.rows.map((c) => c.number)).toEqual(["GC-1", "SC-1"]);
    expect(overview.contracts.total).toBe(2);
    expect((await getProjectOverview({ actor: w.alice, projectId: w.project.id, contractsPage: 2 })).contracts).toMatchObject({ rows: [], total: 2 });
    // The page's view model: the holders named, the subcontract marked, the colour's remainder worded.
    const view = await projectOverviewView({ actor: w.alice, projectId: w.project.id, locale: "en" });
    expect(view.colours[0]!.holders.map((h) => h.name)).toEqual([w.project.name, "Almaty Stroy Invest LLP"]);
    expect(view.colours[0]).toMatchObject({ id: w.colour.id, status: "active", isClosed: false });
    expect(view.colours[0]!.rules.length).toBeGreaterThan(0);
    expect(view.contracts.rows.map((c) => [c.number, c.isSub])).toEqual([["GC-1", false], ["SC-1", true]]);

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

  it("searches and sorts the payment timeline, and lists the project's invoices and acts as documents", async () => {
    const w = await buildWorld();
    const first = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    await approveInvoice({ actor: w.alice, invoiceId: first.id });
    const second = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    await attachAct({ actor: w.gcUser, invoiceId: second.id, fileName: "act-2.pdf", bytes: PDF });
    await approveInvoice({ actor: w.alice, invoiceId: second.id });
    const toSub = await concreteInvoice(w, { sub: true, quantity: 20, price: 29_000 });
    await attachAct({ actor: w.subUser, invoiceId: toSub.id, fileName: "beton-act.pdf", bytes: PDF });
    await approveInvoice({ actor: w.gcUser, invoiceId: toSub.id });
    const timeline = (options: Partial<Parameters<typeof listProjectTimeline>[0]> = {}) => listProjectTimeline({ actor: w.alice, projectId: w.project.id, page: 1, ...options });

    // Newest first by default; by amount on request; searched by counterparty (either side) or by document.
    expect((await timeline()).rows.map((r) => r.amountTiyn)).toEqual([T(580_000), T(300_000), T(3_000_000), T(1_000_000_000)]);
    expect((await timeline({ sort: { column: "amount", direction: "desc" } })).rows.map((r) => r.amountTiyn)).toEqual([T(1_000_000_000), T(3_000_000), T(580_000), T(300_000)]);
    expect((await timeline({ sort: { column: "when", direction: "asc" } })).rows.map((r) => r.kind)).toEqual(["mint", "payment", "payment", "payment"]);
    const beton = await timeline({ q: "beton" });
    expect(beton.rows.map((r) => [r.from.name, r.to.name, r.invoiceNumber])).toEqual([["Almaty Stroy Invest LLP", "Beton Service KZ LLP", toSub.number]]);
    expect(beton.total).toBe(1);
    expect((await timeline({ q: "almaty stroy" })).total).toBe(3);
    expect((await timeline({ q: second.number })).rows.map((r) => r.amountTiyn)).toEqual([T(300_000)]);
    const mint = (await timeline({ sort: { column: "when", direction: "asc" } })).rows[0]!;
    expect((await timeline({ q: `#${mint.id}` })).rows.map((r) => r.kind)).toEqual(["mint"]);
    expect((await timeline({ q: "nobody at all" })).total).toBe(0);

    // Documents: every invoice (general and sub) and every act, newest first; drafts are the contractor's own.
    const draft = await concreteInvoice(w, { quantity: 1, price: 30_000 });
    await attachAct({ actor: w.gcUser, invoiceId: draft.id, fileName: "draft-act.pdf", bytes: PDF });
    await prisma().invoice.update({ where: { id: draft.id }, data: { status: "draft" } });
    const documents = (options: Partial<Parameters<typeof listProjectDocuments>[0]> = {}) => listProjectDocuments({ actor: w.alice, projectId: w.project.id, page: 1, ...options });
    const all = await documents({ sort: { column: "name", direction: "asc" } });
    const row = (r: (typeof all.rows)[number]) => [r.kind, r.name, r.invoiceNumber, r.contractNumber, r.isSubcontract].join(" ");
    expect(all.rows.map(row).sort()).toEqual(
      [
        `act act-2.pdf ${second.number} GC-1 false`,
        `act beton-act.pdf ${toSub.number} SC-1 true`,
        `invoice ${first.number} ${first.number} GC-1 false`,
        `invoice ${second.number} ${second.number} GC-1 false`,
        `invoice ${toSub.number} ${toSub.number} SC-1 true`,
      ].sort(),
    );
    // By name, in the database's collation: the reverse order the other way round.
    expect((await documents({ sort: { column: "name", direction: "desc" } })).rows.map(row)).toEqual(all.rows.map(row).reverse());
    expect(all.total).toBe(5);
    expect((await documents({ kind: "act" })).rows.map((r) => r.name).sort()).toEqual(["act-2.pdf", "beton-act.pdf"]);
    expect((await documents({ kind: "invoice" })).total).toBe(3);
    // Newest first: an act is dated the day it was uploaded, after the invoice was issued.
    expect((await documents({ q: "beton" })).rows.map((r) => [r.kind, r.name])).toEqual([
      ["act", "beton-act.pdf"],
      ["invoice", toSub.number],
    ]);
    expect((await documents({ q: second.number })).rows.map((r) => r.kind)).toEqual(["act", "invoice"]);
    expect((await documents({ q: "SC-1", kind: "act" })).rows.map((r) => r.name)).toEqual(["beton-act.pdf"]);
    expect((await documents({ q: "draft" })).total).toBe(0);
    expect((await documents({ sort: { column: "amount", direction: "desc" } })).rows.map((r) => r.name)).toEqual([first.number, toSub.number, "beton-act.pdf", second.number, "act-2.pdf"]);
    const act = (await documents({ kind: "act", q: "act-2" })).rows[0]!;
    expect(act).toMatchObject({ invoiceId: second.id, invoiceStatus: "paid", sizeBytes: PDF.length });
    // The row's download is the official act route's, which the same official may read.
    expect((await readInvoiceAct({ actor: w.alice, invoiceId: act.invoiceId, documentId: act.documentId! })).fileName).toBe("act-2.pdf");
    expect((await documents({ page: 2 })).rows).toEqual([]);

    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Other" } });
    await expect(listProjectDocuments({ actor: official(other.id, 5), projectId: w.project.id, page: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await listProjectDocuments({ actor: { ...official(other.id, 5), isFinance: true }, projectId: w.project.id, page: 1 })).total).toBe(5);
  });
});
