import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { listApprovalQueue } from "../../lib/invoices/list-approval-queue";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { approvalRefused, reviewInvoice } from "../../lib/invoices/review-invoice";
import { RuleRefusal } from "../../lib/ledger/refusal";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { createOrganization } from "../../lib/organizations/create-organization";
import { buildWorld, concreteInvoice, official, T, unscreenedInvoice } from "../support/ledger-fixtures";

describe("the officials' approval queue", () => {
  it("lists the ministry's pending invoices and reviews them line by line", async () => {
    const w = await buildWorld();
    const ok = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const bad = await unscreenedInvoice(w, { quantity: 10, price: 33_000 });
    const queue = await listApprovalQueue({ actor: w.alice, page: 1 });
    expect(queue.rows.map((r) => r.number)).toEqual([ok.number, bad.number]);
    // Subcontract invoices are the contractor's to approve, not the ministry's.
    await concreteInvoice(w, { sub: true });
    expect((await listApprovalQueue({ actor: w.alice, page: 1 })).total).toBe(2);

    const good = await reviewInvoice({ actor: w.alice, invoiceId: ok.id });
    expect(good).toMatchObject({ wouldPay: true, needed: 1 });
    expect(good.lines[0]!.violations).toEqual([]);
    const refused = await reviewInvoice({ actor: w.alice, invoiceId: bad.id });
    expect(refused.wouldPay).toBe(false);
    expect(refused.lines[0]!.violations.map((v) => v.code)).toEqual(["PRICE_ABOVE_CEILING"]);
    // The page holds "Approve" back on the refused one only; the server refuses it all the same.
    expect(approvalRefused(good)).toBe(false);
    expect(approvalRefused(refused)).toBe(true);
    await expect(approveInvoice({ actor: w.alice, invoiceId: bad.id })).rejects.toBeInstanceOf(RuleRefusal);
  });

  it("hides other ministries' invoices as not found, and journals a rejection", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Other" } });
    const outsider = official(other.id, 9001);
    expect((await listApprovalQueue({ actor: outsider, page: 1 })).total).toBe(0);
    await expect(reviewInvoice({ actor: outsider, invoiceId: invoice.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(rejectInvoice({ actor: outsider, invoiceId: invoice.id, reason: "Not mine to reject" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(rejectInvoice({ actor: w.alice, invoiceId: invoice.id, reason: "no" })).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    await rejectInvoice({ actor: w.alice, invoiceId: invoice.id, reason: "Act of completed works missing" });
    expect((await prisma().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("rejected");
    const entry = await prisma().journalEntry.findFirstOrThrow({ where: { chain: w.colour.id, kind: "reject" } });
    expect(JSON.parse(entry.payload)).toMatchObject({ invoice: invoice.id, reason: "Act of completed works missing" });
    expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
    await expect(rejectInvoice({ actor: w.alice, invoiceId: invoice.id, reason: "Rejecting again" })).rejects.toMatchObject({ code: "INVOICE_NOT_SUBMITTED" });
  });

  it("dates a first approval and a rejection with the moment given (the bulk import's historic one)", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    const big = await concreteInvoice(w, { quantity: 100, price: 30_000 }); // two approvals needed
    const other = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const approvedAt = new Date("2026-03-02T05:15:00Z");
    const rejectedAt = new Date("2026-03-03T06:30:00Z");
    expect(await approveInvoice({ actor: w.alice, invoiceId: big.id, now: approvedAt })).toEqual({ status: "awaiting_second_approval" });
    await rejectInvoice({ actor: w.alice, invoiceId: other.id, reason: "Act of completed works missing", now: rejectedAt });
    const decided = await prisma().invoiceDecision.findMany({ where: { invoiceId: { in: [big.id, other.id] } }, orderBy: { invoiceId: "asc" } });
    expect(decided.map((d) => [d.invoiceId, d.decision, d.decidedAt.toISOString()])).toEqual([
      [big.id, "approve", approvedAt.toISOString()],
      [other.id, "reject", rejectedAt.toISOString()],
    ]);
    expect((await prisma().invoice.findUniqueOrThrow({ where: { id: big.id } })).status).toBe("approved");
  });

  it("sorts, tells each official where an invoice stands for them, and filters what waits for them", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    const big = await concreteInvoice(w, { quantity: 100, price: 30_000 }); // 3 000 000 ₸: two approvals
    const small = await concreteInvoice(w, { quantity: 10, price: 30_000 }); // 300 000 ₸
    const middle = await concreteInvoice(w, { quantity: 50, price: 31_000 }); // 1 550 000 ₸
    expect(await approveInvoice({ actor: w.alice, invoiceId: big.id })).toEqual({ status: "awaiting_second_approval" });
    const queue = (actor: TActor, options: Partial<Parameters<typeof listApprovalQueue>[0]> = {}) => listApprovalQueue({ actor, page: 1, ...options });
    const standings = async (actor: TActor, options: Partial<Parameters<typeof listApprovalQueue>[0]> = {}) => (await queue(actor, options)).rows.map((r) => [r.number, r.standing]);

    expect(await standings(w.alice)).toEqual([
      [big.number, "approvedByYou"],
      [small.number, "waitingForYou"],
      [middle.number, "waitingForYou"],
    ]);
    expect(await standings(w.bob)).toEqual([
      [big.number, "waitingForYouSecond"],
      [small.number, "waitingForYou"],
      [middle.number, "waitingForYou"],
    ]);
    expect(await standings(w.alice, { view: "waiting" })).toEqual([
      [small.number, "waitingForYou"],
      [middle.number, "waitingForYou"],
    ]);
    expect((await queue(w.alice, { view: "waiting" })).total).toBe(2);
    expect(await standings(w.alice, { view: "approved" })).toEqual([[big.number, "approvedByYou"]]);
    expect((await queue(w.bob, { view: "waiting" })).total).toBe(3);
    expect((await queue(w.bob, { view: "approved" })).total).toBe(0);
    expect((await queue(w.alice, { view: "waiting", q: middle.number })).rows.map((r) => r.number)).toEqual([middle.number]);

    const numbers = async (actor: TActor, column: "submitted" | "total" | "number" | "company", direction: "asc" | "desc") => (await queue(actor, { sort: { column, direction } })).rows.map((r) => r.number);
    expect(await numbers(w.alice, "total", "desc")).toEqual([big.number, middle.number, small.number]);
    expect(await numbers(w.alice, "total", "asc")).toEqual([small.number, middle.number, big.number]);
    expect(await numbers(w.alice, "submitted", "desc")).toEqual([middle.number, small.number, big.number]);
    expect(await numbers(w.alice, "number", "asc")).toEqual([big.number, small.number, middle.number].sort());
    expect(await numbers(w.alice, "number", "desc")).toEqual([big.number, small.number, middle.number].sort().reverse());

    // By company, across ministries for a Ministry of Finance official; paying the invoice takes it off the queue.
    const other = await buildWorld();
    await prisma().organization.update({ where: { id: other.general.id }, data: { name: "Aktobe Build LLP" } });
    const aktobe = await concreteInvoice(other, { quantity: 1, price: 30_000 });
    const finance = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: "Finance", isFinance: true } });
    const financeOfficial = { ...official(finance.id, 3001), isFinance: true };
    expect((await numbers(financeOfficial, "company", "asc"))[0]).toBe(aktobe.number);
    expect((await numbers(financeOfficial, "company", "desc")).at(-1)).toBe(aktobe.number);
    expect((await queue(w.alice)).total).toBe(3);
    expect(await approveInvoice({ actor: w.bob, invoiceId: big.id })).toMatchObject({ status: "paid" });
    expect(await standings(w.alice)).toEqual([
      [small.number, "waitingForYou"],
      [middle.number, "waitingForYou"],
    ]);
  });
});
