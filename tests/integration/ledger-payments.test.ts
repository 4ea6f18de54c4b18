import { describe, expect, it } from "vitest";
import { allocateColour } from "../../lib/allocations/allocate-colour";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { exitCircuit } from "../../lib/contractors/exit-circuit";
import { loadPaymentContext, payInvoice } from "../../lib/ledger/invoice-payment";
import { returnRemainder } from "../../lib/allocations/return-remainder";
import { reverseTransfer } from "../../lib/allocations/reverse-transfer";
import { withSqlTransaction } from "../../lib/ledger/sql";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { balanceOf, buildWorld, concreteInvoice, paymentCount, T, unscreenedInvoice } from "../support/ledger-fixtures";

async function expectConsistent() {
  const { violations } = await checkLedgerInvariants(prisma());
  expect(violations).toEqual([]);
  const journal = await verifyDatabaseJournal(prisma());
  expect(journal.firstBroken).toBeNull();
}

describe("allocation mints a colour", () => {
  it("moves the amount from the colour's issuance account to the project, journals rules and transfer", async () => {
    const w = await buildWorld({ amount: T(500_000_000) });
    expect(await balanceOf(w.colour.id, `project:${w.project.id}`)).toBe(T(500_000_000));
    expect(await balanceOf(w.colour.id, "issuance")).toBe(-T(500_000_000));
    const kinds = (await prisma().journalEntry.findMany({ where: { chain: w.colour.id }, orderBy: { seq: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["rules", "transfer"]);
    await expectConsistent();
  });

  it("refuses more than the budget line has left", async () => {
    const w = await buildWorld();
    const attempt = allocateColour({
      actor: w.alice,
      input: { budgetLineId: w.line.id, projectId: w.project.id, amountTiyn: T(9_500_000_000), expiresAt: new Date("2027-01-01"), reason: "too much", rules: { allowedItemCodes: "all", advanceLimitBp: 0, approvalThresholdTiyn: 1n, exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } } },
    });
    await expect(attempt).rejects.toMatchObject({ code: "BUDGET_LINE_EXCEEDED", params: { remaining: T(9_000_000_000).toString(), attempted: T(9_500_000_000).toString() } });
  });
});

describe("paying invoices", () => {
  it("pays an approved invoice below the threshold with one approval, tracing it to the allocation", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    const outcome = await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    expect(outcome.status).toBe("paid");
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(T(3_000_000));
    expect(await balanceOf(w.colour.id, `project:${w.project.id}`)).toBe(T(1_000_000_000 - 3_000_000));
    // Lineage: the payment consumed the project's lot, which the mint created.
    const consumption = await prisma().lotConsumption.findMany({ where: { transferId: outcome.transferId! } });
    const lot = await prisma().lot.findUniqueOrThrow({ where: { id: consumption[0]!.lotId } });
    const origin = await prisma().transfer.findUniqueOrThrow({ where: { id: lot.transferId } });
    expect(origin).toMatchObject({ kind: "mint", documentType: "allocation", documentId: BigInt(w.colour.id) });
    await expectConsistent();
  });

  it("needs two different approvers at or above the threshold; the creator cannot approve", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    const invoice = await concreteInvoice(w, { quantity: 100, price: 30_000 });
    expect(await approveInvoice({ actor: w.alice, invoiceId: invoice.id })).toEqual({ status: "awaiting_second_approval" });
    expect(await approveInvoice({ actor: w.alice, invoiceId: invoice.id })).toEqual({ status: "awaiting_second_approval" });
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(0n);
    const paid = await approveInvoice({ actor: w.bob, invoiceId: invoice.id });
    expect(paid.status).toBe("paid");
    // Approving again after payment pays nothing more.
    expect(await approveInvoice({ actor: w.bob, invoiceId: invoice.id })).toEqual({ status: "paid" });
    expect(await paymentCount(invoice.id)).toBe(1);
    await expectConsistent();
  });

  it("two officials approving at once pay once", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const results = await Promise.allSettled([approveInvoice({ actor: w.alice, invoiceId: invoice.id }), approveInvoice({ actor: w.bob, invoiceId: invoice.id })]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await paymentCount(invoice.id)).toBe(1);
    await expectConsistent();
  });

  it("the same official approving twice at once (double click, two tabs) pays once", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const results = await Promise.allSettled([approveInvoice({ actor: w.alice, invoiceId: invoice.id }), approveInvoice({ actor: w.alice, invoiceId: invoice.id })]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.status : r.reason))).toEqual(["paid", "paid"]);
    expect(await paymentCount(invoice.id)).toBe(1);
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(T(3_000_000));
    expect(await prisma().invoiceDecision.count({ where: { invoiceId: invoice.id, decision: "approve" } })).toBe(1);
    await expectConsistent();
  });

  it("a second payment of a paid invoice is refused by the database itself, even from a context read before the first", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    // A context read before the payment (as if the invoice's row lock were skipped), then used after it.
    const stale = await withSqlTransaction((sql) => loadPaymentContext(sql, invoice.id));
    expect(await approveInvoice({ actor: w.alice, invoiceId: invoice.id })).toMatchObject({ status: "paid" });
    await expect(withSqlTransaction((sql) => payInvoice(sql, stale!, { actor: w.bob, approvals: [w.bob.userId], now: new Date() }))).rejects.toMatchObject({ code: "INVOICE_NOT_PAYABLE" });
    expect(await paymentCount(invoice.id)).toBe(1);
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(T(3_000_000));
    await expectConsistent();
  });

  it("above the threshold, the same official approving twice at once is one approval: it still waits for a second official", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    const invoice = await concreteInvoice(w);
    const results = await Promise.allSettled([approveInvoice({ actor: w.alice, invoiceId: invoice.id }), approveInvoice({ actor: w.alice, invoiceId: invoice.id })]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.status : r.reason))).toEqual(["awaiting_second_approval", "awaiting_second_approval"]);
    expect(await paymentCount(invoice.id)).toBe(0);
    expect(await prisma().invoiceDecision.count({ where: { invoiceId: invoice.id, decision: "approve" } })).toBe(1);
    expect(await approveInvoice({ actor: w.bob, invoiceId: invoice.id })).toMatchObject({ status: "paid" });
    expect(await paymentCount(invoice.id)).toBe(1);
    await expectConsistent();
  });

  it.each([
    ["a unit price above the ceiling", { price: 33_000 }, "PRICE_ABOVE_CEILING"],
    ["a quantity above the estimate", { quantity: 1_300 }, "QUANTITY_ABOVE_ESTIMATE"],
  ])("refuses %s, posts nothing and records the attempt", async (_name, invoiceOptions, code) => {
    const w = await buildWorld();
    const invoice = await unscreenedInvoice(w, invoiceOptions);
    const before = await prisma().transfer.count();
    await expect(approveInvoice({ actor: w.alice, invoiceId: invoice.id })).rejects.toMatchObject({ code });
    expect(await prisma().transfer.count()).toBe(before);
    const refused = await prisma().refusedAttempt.findMany({ where: { documentType: "invoice", documentId: BigInt(invoice.id) } });
    expect(refused[0]!.codes).toContain(code);
    const journal = await prisma().journalEntry.findMany({ where: { chain: w.colour.id, kind: "refused" } });
    expect(journal).toHaveLength(1);
    expect(await prisma().invoiceDecision.count({ where: { invoiceId: invoice.id } })).toBe(0);
    await expectConsistent();
  });

  it("refuses payment to a company debarred after its contract was signed", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    await prisma().organization.update({ where: { id: w.general.id }, data: { isDebarred: true, debarredReason: "Court decision 2-123/2026" } });
    await expect(approveInvoice({ actor: w.alice, invoiceId: invoice.id })).rejects.toMatchObject({ code: "PAYEE_DEBARRED" });
  });

  it("refuses an expired colour", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-05-01T00:00:00Z") });
    // Submitted while the colour was alive, approved after it expired.
    const invoice = await concreteInvoice(w, { now: new Date("2026-04-20T00:00:00Z") });
    await expect(approveInvoice({ actor: w.alice, invoiceId: invoice.id, now: new Date("2026-05-02T00:00:00Z") })).rejects.toMatchObject({ code: "COLOUR_EXPIRED" });
  });

  it("limits advances to the colour's share of the contract value", async () => {
    const w = await buildWorld({ advanceLimitBp: 400 }); // 4 % of 900 000 000 ₸ = 36 000 000 ₸
    // Both submitted while nothing was paid yet: each alone is within the limit, together they are not.
    const ok = await concreteInvoice(w, { kind: "advance", quantity: 1000, price: 32_000 }); // 32 000 000 ₸
    const tooMuch = await concreteInvoice(w, { kind: "advance", quantity: 150, price: 32_000 }); // 4 800 000 ₸ more
    expect((await approveInvoice({ actor: w.alice, invoiceId: ok.id })).status).toBe("paid");
    await expect(approveInvoice({ actor: w.alice, invoiceId: tooMuch.id })).rejects.toMatchObject({ code: "ADVANCE_LIMIT" });
  });
});

describe("down the chain and out of the circuit", () => {
  it("the general contractor pays its subcontractor with the same colour, then wages leave within their share", async () => {
    const w = await buildWorld();
    const gcInvoice = await concreteInvoice(w, { quantity: 500, price: 31_000 });
    await approveInvoice({ actor: w.alice, invoiceId: gcInvoice.id });
    const subInvoice = await concreteInvoice(w, { sub: true, quantity: 300, price: 29_000 });
    // A ministry official is not the payer of a subcontract invoice: for them it does not exist.
    await expect(approveInvoice({ actor: w.alice, invoiceId: subInvoice.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await approveInvoice({ actor: w.gcUser, invoiceId: subInvoice.id })).status).toBe("paid");
    expect(await balanceOf(w.colour.id, `company:${w.sub.id}`)).toBe(T(8_700_000));
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(T(15_500_000 - 8_700_000));

    // Wages: at most 20 % of the 8 700 000 ₸ received.
    await exitCircuit({ actor: w.subUser, colourId: w.colour.id, organizationId: w.sub.id, kind: "wages", amountTiyn: T(1_000_000) });
    await expect(exitCircuit({ actor: w.subUser, colourId: w.colour.id, organizationId: w.sub.id, kind: "wages", amountTiyn: T(800_000) })).rejects.toMatchObject({ code: "EXIT_SHARE_EXCEEDED" });
    expect(await balanceOf(w.colour.id, "exit:wages")).toBe(T(1_000_000));
    // Another company cannot spend the subcontractor's money.
    await expect(exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.sub.id, kind: "wages", amountTiyn: 1n })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expectConsistent();
  });

  it("judges each exit's share on the payer's own exits of that kind: not its payments down the chain, not the other kind", async () => {
    const w = await buildWorld();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 500, price: 31_000 })).id }); // 15 500 000 ₸ received
    await approveInvoice({ actor: w.gcUser, invoiceId: (await concreteInvoice(w, { sub: true, quantity: 300, price: 29_000 })).id }); // 8 700 000 ₸ paid down
    const exit = (kind: "wages" | "taxes", amountTiyn: bigint) => exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.general.id, kind, amountTiyn });
    // Taxes: at most 10 % of 15 500 000 ₸; wages: at most 20 %, whatever the taxes and the subcontract took.
    await exit("taxes", T(1_500_000));
    await exit("wages", T(3_100_000));
    await expect(exit("wages", 1n)).rejects.toMatchObject({ code: "EXIT_SHARE_EXCEEDED" });
    await exit("taxes", T(50_000));
    await expect(exit("taxes", 1n)).rejects.toMatchObject({ code: "EXIT_SHARE_EXCEEDED" });
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(T(15_500_000 - 8_700_000 - 1_550_000 - 3_100_000));
    await expectConsistent();
  });

  it("returns every unspent balance at expiry and closes the colour", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-06-30T18:59:59Z") });
    // Both submitted while the colour is alive; the second waits past its expiry.
    const invoice = await concreteInvoice(w, { now: new Date("2026-05-20") });
    const next = await concreteInvoice(w, { now: new Date("2026-05-20") });
    await approveInvoice({ actor: w.alice, invoiceId: invoice.id, now: new Date("2026-06-01") });
    await expect(returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-06-15") })).rejects.toMatchObject({ code: "COLOUR_NOT_EXPIRED" });
    const result = await returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2026-07-01") });
    expect(result).toEqual({ returnedTiyn: T(1_000_000_000), accounts: 2 });
    expect(await balanceOf(w.colour.id, "exit:returned")).toBe(T(1_000_000_000));
    await expect(approveInvoice({ actor: w.alice, invoiceId: next.id, now: new Date("2026-07-02") })).rejects.toMatchObject({ code: "COLOUR_CLOSED" });
    await expectConsistent();
  });

  it("corrects a payment with a reversal, once", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const paid = await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    const first = await reverseTransfer({ actor: w.bob, transferId: paid.transferId!, reason: "Paid to the wrong contract" });
    const again = await reverseTransfer({ actor: w.bob, transferId: paid.transferId!, reason: "Paid to the wrong contract" });
    expect(again).toMatchObject({ transferId: first.transferId, replayed: true });
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(0n);
    expect(await balanceOf(w.colour.id, `project:${w.project.id}`)).toBe(T(1_000_000_000));
    await expectConsistent();
  });
});
