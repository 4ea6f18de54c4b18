import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { listApprovalQueue } from "../../lib/invoices/list-approval-queue";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { reviewInvoice } from "../../lib/invoices/review-invoice";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { createOrganization } from "../../lib/organizations/create-organization";
import { buildWorld, concreteInvoice, official } from "../support/ledger-fixtures";

describe("the officials' approval queue", () => {
  it("lists the ministry's pending invoices and reviews them line by line", async () => {
    const w = await buildWorld();
    const ok = await concreteInvoice(w, { quantity: 10, price: 30_000 });
    const bad = await concreteInvoice(w, { quantity: 10, price: 33_000 });
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
});
