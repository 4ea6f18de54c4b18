import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { companyDashboard } from "../../lib/contractors/company-dashboard";
import { getCompanyInvoice } from "../../lib/invoices/company-invoices";
import { saveInvoice, submitDraftInvoice, updateDraftInvoice, withdrawInvoice, type TSaveInvoice } from "../../lib/invoices/save-invoice";
import { createContract } from "../../lib/contracts/create-contract";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { loadPaymentContext } from "../../lib/ledger/invoice-payment";
import { withSqlTransaction } from "../../lib/ledger/sql";
import { buildWorld, Q, T, type TWorld } from "../support/ledger-fixtures";

let n = 1;
const input = (w: TWorld, over: Partial<TSaveInvoice> = {}, line: { quantity?: number; price?: number } = {}): TSaveInvoice => ({
  contractId: w.contract.id,
  number: `CO-${n++}`,
  kind: "work",
  issuedOn: new Date("2026-04-01"),
  lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(line.quantity ?? 100), unitPriceTiyn: T(line.price ?? 30_000) }],
  submissionKey: crypto.randomUUID(),
  intent: "submit",
  ...over,
});

describe("a company's invoices", () => {
  it("submits an invoice that passes every rule, and an official pays it", async () => {
    const w = await buildWorld();
    const invoice = await saveInvoice({ actor: w.gcUser, input: input(w) });
    expect(invoice).toMatchObject({ status: "submitted", issuerId: w.general.id, totalTiyn: T(3_000_000) });
    expect((await approveInvoice({ actor: w.alice, invoiceId: invoice.id })).status).toBe("paid");
    const dashboard = await companyDashboard({ actor: w.gcUser });
    expect(dashboard.balances).toMatchObject([{ colourId: w.colour.id, balanceTiyn: T(3_000_000), receivedTiyn: T(3_000_000), passedOnTiyn: 0n }]);
    expect(dashboard.issued.paid).toEqual({ count: 1, totalTiyn: T(3_000_000) });
    expect(dashboard.recent[0]).toMatchObject({ direction: "in", invoiceNumber: invoice.number, counterparty: { kind: "project" } });
  });

  it("submitting twice with one key (double click, retry) creates one invoice, also when both arrive at once", async () => {
    const w = await buildWorld();
    const once = input(w);
    const [a, b] = await Promise.all([saveInvoice({ actor: w.gcUser, input: once }), saveInvoice({ actor: w.gcUser, input: once })]);
    const c = await saveInvoice({ actor: w.gcUser, input: once });
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(await prisma().invoice.count({ where: { issuerId: w.general.id } })).toBe(1);
  });

  it("a key whose first request kept a draft and whose replay submits sends that draft through the rules", async () => {
    const w = await buildWorld();
    // "Save draft" went through but its answer was lost; "Submit" is then pressed on the same form.
    const first = input(w, { intent: "draft" });
    const draft = await saveInvoice({ actor: w.gcUser, input: first });
    expect(draft.status).toBe("draft");
    // Replaying the draft itself changes nothing.
    expect(await saveInvoice({ actor: w.gcUser, input: first })).toMatchObject({ id: draft.id, status: "draft" });
    const submitted = await saveInvoice({ actor: w.gcUser, input: { ...first, intent: "submit" }, now: new Date("2026-04-02T05:00:00Z") });
    expect(submitted).toMatchObject({ id: draft.id, status: "submitted", submittedAt: new Date("2026-04-02T05:00:00Z") });
    expect(await prisma().invoice.count({ where: { issuerId: w.general.id } })).toBe(1);
    // A further replay of the submission finds it submitted: still one invoice, submitted once.
    expect(await saveInvoice({ actor: w.gcUser, input: { ...first, intent: "submit" } })).toMatchObject({ id: draft.id, status: "submitted" });
    const entries = await prisma().journalEntry.findMany({ where: { chain: w.colour.id, kind: "submit" } });
    expect(entries.filter((e) => (JSON.parse(e.payload) as { invoice: number }).invoice === draft.id)).toHaveLength(1);
  });

  it("a replayed submission of a draft the rules refuse keeps the draft and records the attempt", async () => {
    const w = await buildWorld();
    const first = input(w, { intent: "draft" }, { price: 40_000 });
    const draft = await saveInvoice({ actor: w.gcUser, input: first });
    await expect(saveInvoice({ actor: w.gcUser, input: { ...first, intent: "submit" } })).rejects.toMatchObject({ name: "RuleRefusal", violations: [expect.objectContaining({ code: "PRICE_ABOVE_CEILING" })] });
    expect(await prisma().invoice.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: "draft", submittedAt: null });
    expect(await prisma().refusedAttempt.findMany({ where: { organizationId: w.general.id } })).toMatchObject([{ documentType: "invoice_submission", documentId: BigInt(draft.id), codes: ["PRICE_ABOVE_CEILING"] }]);
    // The same form, corrected and submitted again with its key, submits the draft with the corrected lines.
    const fixed = await saveInvoice({ actor: w.gcUser, input: { ...first, intent: "submit", lines: [{ ...first.lines[0]!, unitPriceTiyn: T(31_000) }] } });
    expect(fixed).toMatchObject({ id: draft.id, status: "submitted", totalTiyn: T(3_100_000) });
    // A key that kept a draft under one contract does not submit it under another.
    const other = await createContract({
      actor: w.alice,
      input: { colourId: w.colour.id, contractorId: w.general.id, number: "GC-2", valueTiyn: T(10_000_000), signedOn: new Date("2026-03-01"), items: [{ estimateItemId: w.items[2]!.id, quantityMilli: Q(10), ceilingUnitPriceTiyn: T(90_000) }] },
    });
    const second = input(w, { intent: "draft" });
    await saveInvoice({ actor: w.gcUser, input: second });
    await expect(saveInvoice({ actor: w.gcUser, input: { ...second, contractId: other.id, intent: "submit", lines: [{ estimateItemId: w.items[2]!.id, quantityMilli: Q(1), unitPriceTiyn: T(90_000) }] } })).rejects.toMatchObject({
      code: "SUBMISSION_KEY_OTHER_CONTRACT",
      params: { number: second.number },
    });
  });

  it("another invoice with a number already used is refused by name", async () => {
    const w = await buildWorld();
    const first = await saveInvoice({ actor: w.gcUser, input: input(w) });
    await expect(saveInvoice({ actor: w.gcUser, input: input(w, { number: first.number }) })).rejects.toMatchObject({ code: "INVOICE_NUMBER_TAKEN" });
  });

  it.each([
    ["a price above the ceiling", {}, { price: 33_000 }, "PRICE_ABOVE_CEILING"],
    ["a quantity above the estimate", {}, { quantity: 1_300 }, "QUANTITY_ABOVE_ESTIMATE"],
  ] as const)("refuses %s on submission: nothing is saved, the attempt is recorded", async (_title, over, line, code) => {
    const w = await buildWorld();
    const attempt = saveInvoice({ actor: w.gcUser, input: input(w, over, line) });
    await expect(attempt).rejects.toMatchObject({ name: "RuleRefusal", violations: [expect.objectContaining({ code, line: 0 })] });
    expect(await prisma().invoice.count()).toBe(0);
    expect(await prisma().refusedAttempt.findMany({ where: { organizationId: w.general.id } })).toMatchObject([{ documentType: "invoice_submission", codes: [code] }]);
  });

  it("refuses submission in an expired colour and to a debarred company", async () => {
    const expired = await buildWorld({ expiresAt: new Date("2026-01-01T00:00:00Z") });
    await expect(saveInvoice({ actor: expired.gcUser, input: input(expired), now: new Date("2026-04-01") })).rejects.toMatchObject({ violations: [expect.objectContaining({ code: "COLOUR_EXPIRED" })] });
    const w = await buildWorld();
    await prisma().organization.update({ where: { id: w.general.id }, data: { isDebarred: true } });
    await expect(saveInvoice({ actor: w.gcUser, input: input(w) })).rejects.toMatchObject({ violations: [expect.objectContaining({ code: "PAYEE_DEBARRED" })] });
    expect(await prisma().invoice.count()).toBe(0);
  });

  it("keeps a draft unjudged, submits it through the rules, and withdraws before approval only", async () => {
    const w = await buildWorld();
    const bad = await saveInvoice({ actor: w.gcUser, input: input(w, { intent: "draft" }, { price: 40_000 }) });
    expect(bad.status).toBe("draft");
    await expect(submitDraftInvoice({ actor: w.gcUser, invoiceId: bad.id })).rejects.toMatchObject({ violations: [expect.objectContaining({ code: "PRICE_ABOVE_CEILING" })] });
    expect((await prisma().invoice.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe("draft");
    expect((await withdrawInvoice({ actor: w.gcUser, invoiceId: bad.id })).status).toBe("withdrawn");

    const good = await saveInvoice({ actor: w.gcUser, input: input(w, { intent: "draft" }) });
    expect((await submitDraftInvoice({ actor: w.gcUser, invoiceId: good.id })).status).toBe("submitted");
    await approveInvoice({ actor: w.alice, invoiceId: good.id });
    await expect(withdrawInvoice({ actor: w.gcUser, invoiceId: good.id })).rejects.toMatchObject({ code: "INVOICE_NOT_WITHDRAWABLE" });
  });

  it("shows the issuer why its invoice was refused on payment", async () => {
    const w = await buildWorld({ amount: T(2_000_000) });
    const invoice = await saveInvoice({ actor: w.gcUser, input: input(w) });
    await expect(approveInvoice({ actor: w.alice, invoiceId: invoice.id })).rejects.toMatchObject({ code: "INSUFFICIENT_BALANCE" });
    const view = await getCompanyInvoice({ actor: w.gcUser, invoiceId: invoice.id });
    expect(view.role).toBe("issuer");
    expect(view.refusals[0]!.details).toMatchObject([{ code: "INSUFFICIENT_BALANCE" }]);
    expect((await companyDashboard({ actor: w.gcUser })).warnings.refused).toMatchObject([{ invoiceNumber: invoice.number }]);
  });

  it("warns of a colour that expires in under 30 days while money of it is still held", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-06-10T18:59:59Z") });
    const invoice = await saveInvoice({ actor: w.gcUser, input: input(w), now: new Date("2026-05-01") });
    await approveInvoice({ actor: w.alice, invoiceId: invoice.id, now: new Date("2026-05-01") });
    expect((await companyDashboard({ actor: w.gcUser, now: new Date("2026-05-01") })).warnings.expiring).toEqual([]);
    const soon = await companyDashboard({ actor: w.gcUser, now: new Date("2026-05-20T00:00:00Z") });
    expect(soon.warnings.expiring).toMatchObject([{ colourId: w.colour.id, balanceTiyn: T(3_000_000), days: 22 }]);
  });

  it("rewrites a draft, keeps it when the rules refuse the submission, and submits it once", async () => {
    const w = await buildWorld();
    const draft = await saveInvoice({ actor: w.gcUser, input: input(w, { intent: "draft" }) });
    const edit = (over: Partial<TSaveInvoice>, line: { quantity?: number; price?: number }) => {
      const { contractId: _c, submissionKey: _k, ...rest } = input(w, { number: "CO-EDITED", ...over }, line);
      return updateDraftInvoice({ actor: w.gcUser, invoiceId: draft.id, input: rest });
    };
    expect(await edit({ intent: "draft" }, { quantity: 7 })).toMatchObject({ status: "draft", number: "CO-EDITED", totalTiyn: T(210_000) });
    await expect(edit({ intent: "submit" }, { price: 35_000 })).rejects.toMatchObject({ violations: [expect.objectContaining({ code: "PRICE_ABOVE_CEILING" })] });
    const kept = await prisma().invoice.findUniqueOrThrow({ where: { id: draft.id }, include: { lines: true } });
    expect(kept).toMatchObject({ status: "draft", totalTiyn: T(210_000), lines: [expect.objectContaining({ quantityMilli: Q(7) })] });
    expect((await edit({ intent: "submit" }, { quantity: 8 })).status).toBe("submitted");
    expect((await edit({ intent: "submit" }, { quantity: 8 })).status).toBe("submitted");
    await expect(edit({ intent: "draft" }, {})).rejects.toMatchObject({ code: "INVOICE_NOT_DRAFT" });
    const other = await buildWorld();
    const { contractId: _c, submissionKey: _k, ...rest } = input(w, { intent: "draft" });
    await expect(updateDraftInvoice({ actor: other.gcUser, invoiceId: draft.id, input: rest })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps each contract item's billed quantity through drafts, edits, submissions, withdrawals, rejections and payments", async () => {
    const w = await buildWorld();
    const billed = async () => (await prisma().contractItem.findFirstOrThrow({ where: { contractId: w.contract.id, estimateItemId: w.items[0]!.id } })).billedMilli;
    const expectBilled = async (quantity: number) => {
      expect(await billed()).toBe(Q(quantity));
      expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
    };
    const draft = await saveInvoice({ actor: w.gcUser, input: input(w, { intent: "draft" }, { quantity: 7 }) });
    await expectBilled(0);
    const { contractId: _c, submissionKey: _k, ...edited } = input(w, { intent: "submit" }, { quantity: 8 });
    await updateDraftInvoice({ actor: w.gcUser, invoiceId: draft.id, input: edited });
    await expectBilled(8);
    const second = await saveInvoice({ actor: w.gcUser, input: input(w, {}, { quantity: 10 }) });
    await expectBilled(18);
    await withdrawInvoice({ actor: w.gcUser, invoiceId: second.id });
    await expectBilled(8);
    const third = await saveInvoice({ actor: w.gcUser, input: input(w, { intent: "draft" }, { quantity: 5 }) });
    await submitDraftInvoice({ actor: w.gcUser, invoiceId: third.id });
    await expectBilled(13);
    await rejectInvoice({ actor: w.alice, invoiceId: third.id, reason: "wrong quantity" });
    await expectBilled(8);
    expect((await approveInvoice({ actor: w.alice, invoiceId: draft.id })).status).toBe("paid");
    await expectBilled(8);
    // The rules see what the other invoices billed: this one's own lines are not counted twice.
    const fourth = await saveInvoice({ actor: w.gcUser, input: input(w, {}, { quantity: 4 }) });
    const review = await withSqlTransaction((sql) => loadPaymentContext(sql, fourth.id));
    expect(review!.estimate.find((e) => e.code === w.items[0]!.code)?.billed).toBe(String(Q(8)));
    await expectBilled(12);
  });
});
