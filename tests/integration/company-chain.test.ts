import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { companyBalances } from "../../lib/company/company-dashboard";
import { exitOptions, payExit } from "../../lib/company/company-exits";
import { getCompanyContract } from "../../lib/company/company-contracts";
import { approveIncomingInvoice, rejectIncomingInvoice, reviewIncomingInvoice } from "../../lib/company/decide-incoming-invoice";
import { companyPaymentsCsv, listCompanyPayments } from "../../lib/company/list-company-payments";
import { listCompanyInvoices } from "../../lib/company/company-invoices";
import { registerSubcontract } from "../../lib/company/register-subcontract";
import { saveInvoice } from "../../lib/company/save-invoice";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { balanceOf, buildWorld, company, contractor, Q, T, type TWorld } from "../support/ledger-fixtures";

async function fundGeneral(w: TWorld, quantity = 1000) {
  const invoice = await saveInvoice({
    actor: w.gcUser,
    input: { contractId: w.contract.id, number: `GC-${crypto.randomUUID().slice(0, 8)}`, kind: "work", issuedOn: new Date("2026-04-01"), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(quantity), unitPriceTiyn: T(32_000) }] },
  });
  await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
  await approveInvoice({ actor: w.bob, invoiceId: invoice.id });
}

const subInvoice = (w: TWorld, contractId: number, quantity: number, price = 30_000) =>
  saveInvoice({
    actor: w.subUser,
    input: { contractId, number: `SUB-${crypto.randomUUID().slice(0, 8)}`, kind: "work", issuedOn: new Date("2026-05-01"), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(quantity), unitPriceTiyn: T(price) }] },
  });

describe("paying down the chain", () => {
  it("registers a subcontract by BIN within the remaining value, and refuses what the contract cannot cover", async () => {
    const w = await buildWorld();
    const supplier = await company("Kazakh Rebar LLP");
    const sub = await registerSubcontract({
      actor: w.gcUser,
      input: { parentId: w.contract.id, bin: supplier.bin!, number: "SC-2", valueTiyn: T(50_000_000), signedOn: new Date("2026-04-01"), isFinalSupplier: true, items: [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(100), ceilingUnitPriceTiyn: T(390_000) }] },
    });
    expect(sub).toMatchObject({ parentId: w.contract.id, payerId: w.general.id, contractorId: supplier.id });
    const view = await getCompanyContract({ actor: w.gcUser, contractId: w.contract.id });
    expect(view.subcontracts.map((s) => s.number)).toEqual(["SC-1", "SC-2"]);
    expect(view.remainingForSubcontractsTiyn).toBe(T(900_000_000 - 100_000_000 - 50_000_000));
    const base = { parentId: w.contract.id, bin: supplier.bin!, signedOn: new Date("2026-04-01"), isFinalSupplier: false, items: [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(10), ceilingUnitPriceTiyn: T(390_000) }] };
    await expect(registerSubcontract({ actor: w.gcUser, input: { ...base, number: "SC-3", valueTiyn: T(800_000_000) } })).rejects.toMatchObject({ code: "SUBCONTRACT_ABOVE_REMAINING" });
    await expect(registerSubcontract({ actor: w.gcUser, input: { ...base, number: "SC-3", valueTiyn: T(1_000), bin: "990140004654" } })).rejects.toMatchObject({ code: "COMPANY_NOT_FOUND" });
    await expect(
      registerSubcontract({ actor: w.gcUser, input: { ...base, number: "SC-3", valueTiyn: T(1_000), items: [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(10), ceilingUnitPriceTiyn: T(410_000) }] } }),
    ).rejects.toMatchObject({ code: "PRICE_ABOVE_CEILING" });
    await prisma().organization.update({ where: { id: supplier.id }, data: { isDebarred: true } });
    await expect(registerSubcontract({ actor: w.gcUser, input: { ...base, number: "SC-3", valueTiyn: T(1_000) } })).rejects.toMatchObject({ code: "PAYEE_DEBARRED" });
  });

  it("a subcontractor's invoice is reviewed by the same rules and paid in the same colour from the contractor's account", async () => {
    const w = await buildWorld();
    await fundGeneral(w);
    const invoice = await subInvoice(w, w.subcontract.id, 200);
    const incoming = await listCompanyInvoices({ actor: w.gcUser, box: "incoming", sort: "issued", direction: "desc", page: 1 });
    expect(incoming.rows.map((r) => r.id)).toEqual([invoice.id]);
    const review = await reviewIncomingInvoice({ actor: w.gcUser, invoiceId: invoice.id });
    expect(review.wouldPay).toBe(true);
    expect(await approveIncomingInvoice({ actor: w.gcUser, invoiceId: invoice.id })).toMatchObject({ status: "paid" });
    expect(await balanceOf(w.colour.id, `company:${w.sub.id}`)).toBe(T(6_000_000));
    expect(await balanceOf(w.colour.id, `company:${w.general.id}`)).toBe(T(32_000_000 - 6_000_000));
    const [gc] = await companyBalances({ actor: w.gcUser });
    expect(gc).toMatchObject({ colourId: w.colour.id, receivedTiyn: T(32_000_000), passedOnTiyn: T(6_000_000) });
    const subHistory = await listCompanyPayments({ actor: w.subUser, page: 1 });
    expect(subHistory.rows).toMatchObject([{ direction: "in", colourId: w.colour.id, amountTiyn: T(6_000_000), invoiceNumber: invoice.number, counterparty: { kind: "company", name: w.general.name } }]);
    const byAmount = await listCompanyPayments({ actor: w.gcUser, sort: { column: "amount", direction: "asc" }, page: 1 });
    expect(byAmount.rows.map((r) => r.amountTiyn)).toEqual([T(6_000_000), T(32_000_000)]);
    expect((await listCompanyPayments({ actor: w.gcUser, direction: "out", page: 1 })).rows.map((r) => r.direction)).toEqual(["out"]);
    expect((await listCompanyPayments({ actor: w.gcUser, q: w.sub.bin!, page: 1 })).total).toBe(1);
    const csv = await companyPaymentsCsv({ actor: w.gcUser, header: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"] });
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(csv).toContain(`;out;payment;${w.colour.id};`);
    expect(csv).toContain(";-6000000.00\r\n");
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("paying more than the contractor holds in the colour is refused and nothing moves; the payer may reject instead", async () => {
    const w = await buildWorld();
    await fundGeneral(w, 10); // 320 000 ₸ held
    const invoice = await subInvoice(w, w.subcontract.id, 20); // 600 000 ₸ asked
    const review = await reviewIncomingInvoice({ actor: w.gcUser, invoiceId: invoice.id });
    expect(review.invoiceViolations.map((v) => v.code)).toEqual(["INSUFFICIENT_BALANCE"]);
    await expect(approveIncomingInvoice({ actor: w.gcUser, invoiceId: invoice.id })).rejects.toMatchObject({ code: "INSUFFICIENT_BALANCE" });
    expect(await balanceOf(w.colour.id, `company:${w.sub.id}`)).toBe(0n);
    expect((await rejectIncomingInvoice({ actor: w.gcUser, invoiceId: invoice.id, reason: "Not enough received yet" })).number).toBe(invoice.number);
  });

  it("wages leave the circuit within their share only", async () => {
    const w = await buildWorld({ wagesShareBp: 2000 });
    await fundGeneral(w, 100); // 3 200 000 ₸ received: wages up to 640 000 ₸
    const [option] = await exitOptions({ actor: w.gcUser });
    expect(option!.wages).toMatchObject({ allowed: true, limitTiyn: T(640_000), leftTiyn: T(640_000) });
    const key = crypto.randomUUID();
    await payExit({ actor: w.gcUser, colourId: w.colour.id, kind: "wages", amountTiyn: T(600_000), idempotencyKey: key });
    await payExit({ actor: w.gcUser, colourId: w.colour.id, kind: "wages", amountTiyn: T(600_000), idempotencyKey: key });
    expect(await balanceOf(w.colour.id, "exit:wages")).toBe(T(600_000));
    await expect(payExit({ actor: w.gcUser, colourId: w.colour.id, kind: "wages", amountTiyn: T(50_000), idempotencyKey: crypto.randomUUID() })).rejects.toMatchObject({ code: "EXIT_SHARE_EXCEEDED" });
  });
});

describe("a company sees and acts on its own records only", () => {
  it("company B gets 'not found' for A's invoice, contract, sub-invoice and colour; A still sees its own", async () => {
    const w = await buildWorld();
    await fundGeneral(w);
    const other = await company("Other Builder LLP");
    const stranger = contractor(other.id, 3001);
    const invoice = await subInvoice(w, w.subcontract.id, 10);
    const { getCompanyInvoice } = await import("../../lib/company/company-invoices");
    const { submitDraftInvoice, withdrawInvoice } = await import("../../lib/company/save-invoice");
    const { attachAct, readAct } = await import("../../lib/company/act-documents");
    const notFound = { code: "NOT_FOUND" };
    await expect(getCompanyInvoice({ actor: stranger, invoiceId: invoice.id })).rejects.toMatchObject(notFound);
    await expect(reviewIncomingInvoice({ actor: stranger, invoiceId: invoice.id })).rejects.toMatchObject(notFound);
    await expect(approveIncomingInvoice({ actor: stranger, invoiceId: invoice.id })).rejects.toMatchObject(notFound);
    await expect(rejectIncomingInvoice({ actor: stranger, invoiceId: invoice.id, reason: "not mine to reject" })).rejects.toMatchObject(notFound);
    await expect(withdrawInvoice({ actor: stranger, invoiceId: invoice.id })).rejects.toMatchObject(notFound);
    await expect(submitDraftInvoice({ actor: stranger, invoiceId: invoice.id })).rejects.toMatchObject(notFound);
    await expect(attachAct({ actor: stranger, invoiceId: invoice.id, fileName: "a.pdf", bytes: Buffer.from("%PDF-1.4 x") })).rejects.toMatchObject(notFound);
    await expect(getCompanyContract({ actor: stranger, contractId: w.contract.id })).rejects.toMatchObject(notFound);
    await expect(
      registerSubcontract({ actor: stranger, input: { parentId: w.contract.id, bin: other.bin!, number: "X", valueTiyn: 1n, signedOn: new Date(), isFinalSupplier: false, items: [] } }),
    ).rejects.toMatchObject(notFound);
    await expect(
      saveInvoice({ actor: stranger, input: { contractId: w.contract.id, number: "X-1", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "submit", lines: [] } }),
    ).rejects.toMatchObject(notFound);
    await expect(payExit({ actor: stranger, colourId: w.colour.id, kind: "wages", amountTiyn: 1n, idempotencyKey: crypto.randomUUID() })).rejects.toMatchObject(notFound);
    // Replaying A's submission key does not hand A's invoice to B.
    const own = await prisma().invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    await expect(
      saveInvoice({ actor: stranger, input: { contractId: w.subcontract.id, number: "X-2", kind: "work", issuedOn: new Date(), submissionKey: own.submissionKey!, intent: "submit", lines: [] } }),
    ).rejects.toMatchObject(notFound);
    expect((await listCompanyPayments({ actor: stranger, page: 1 })).total).toBe(0);
    expect((await listCompanyInvoices({ actor: stranger, box: "incoming", sort: "issued", direction: "desc", page: 1 })).total).toBe(0);

    // The subcontractor sees its own invoice and the subcontract, but not the general contract it is carved from.
    expect((await getCompanyInvoice({ actor: w.subUser, invoiceId: invoice.id })).role).toBe("issuer");
    expect((await getCompanyContract({ actor: w.subUser, contractId: w.subcontract.id })).isHolder).toBe(true);
    await expect(getCompanyContract({ actor: w.subUser, contractId: w.contract.id })).rejects.toMatchObject(notFound);
    expect((await getCompanyInvoice({ actor: w.gcUser, invoiceId: invoice.id })).role).toBe("payer");
    await attachAct({ actor: w.subUser, invoiceId: invoice.id, fileName: "act.pdf", bytes: Buffer.from("%PDF-1.7 act") });
    const doc = await prisma().invoiceDocument.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    expect((await readAct({ actor: w.gcUser, invoiceId: invoice.id, documentId: doc.id })).fileName).toBe("act.pdf");
    await expect(readAct({ actor: stranger, invoiceId: invoice.id, documentId: doc.id })).rejects.toMatchObject(notFound);
  });

  it("a draft stays with its issuer: the payer does not see it", async () => {
    const w = await buildWorld();
    const draft = await saveInvoice({
      actor: w.subUser,
      input: { contractId: w.subcontract.id, number: "D-1", kind: "work", issuedOn: new Date(), submissionKey: crypto.randomUUID(), intent: "draft", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(1), unitPriceTiyn: T(1) }] },
    });
    const { getCompanyInvoice } = await import("../../lib/company/company-invoices");
    await expect(getCompanyInvoice({ actor: w.gcUser, invoiceId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
