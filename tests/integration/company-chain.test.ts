import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { companyBalances, companyDashboard } from "../../lib/contractors/company-dashboard";
import { exitOptions, payExit } from "../../lib/contractors/company-exits";
import { getCompanyContract } from "../../lib/contracts/company-contracts";
import { companyContractPageView } from "../../lib/contracts/company-contract-view";
import { approveIncomingInvoice, rejectIncomingInvoice, reviewIncomingInvoice } from "../../lib/invoices/decide-incoming-invoice";
import { listCompanyPayments } from "../../lib/contractors/list-company-payments";
import { companyPaymentsTable } from "../../lib/exports/audit-and-payments";
import { listCsvFile } from "../../lib/exports/list-table";
import { listCompanyInvoices } from "../../lib/invoices/company-invoices";
import { listCompanyContracts } from "../../lib/contracts/list-company-contracts";
import { COMPANY_ERRORS, failureState } from "../../lib/actions/action-errors";
import { registerSubcontract, type TRegisterSubcontract } from "../../lib/contracts/register-subcontract";
import { saveInvoice } from "../../lib/invoices/save-invoice";
import { prisma } from "../../lib/db";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { setFreeze } from "../../lib/cases/set-freeze";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { balanceOf, buildWorld, company, contractor, Q, T, type TWorld } from "../support/ledger-fixtures";

const investigator = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator" as const, userId: 4343, name: "Askar" };

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
      // Above its own contract's ceiling: the contract tier's code, not the estimate's (issue 14, decision 0107).
    ).rejects.toMatchObject({ code: "UNIT_PRICE_ABOVE_CONTRACT", params: { ceiling: "40000000", attempted: "41000000" } });
    await prisma().organization.update({ where: { id: supplier.id }, data: { isDebarred: true } });
    await expect(registerSubcontract({ actor: w.gcUser, input: { ...base, number: "SC-3", valueTiyn: T(1_000) } })).rejects.toMatchObject({ code: "PAYEE_DEBARRED" });
  });

  it("sibling subcontracts together hold at most the parent's quantity of each item; terminated ones release theirs", async () => {
    const w = await buildWorld(); // GC-1 holds 1200 м3 of concrete, its SC-1 1000 м3 of them
    const [rebar, brick] = [await company("Kazakh Rebar LLP"), await company("Brick Works LLP")];
    const concrete = w.items[0]!;
    const sub = (bin: string, number: string, quantity: number, extra: TRegisterSubcontract["items"] = []): TRegisterSubcontract => ({
      parentId: w.contract.id,
      bin,
      number,
      valueTiyn: T(1_000_000),
      signedOn: new Date("2026-04-01"),
      isFinalSupplier: false,
      items: [{ estimateItemId: concrete.id, quantityMilli: Q(quantity), ceilingUnitPriceTiyn: T(30_000) }, ...extra],
    });
    const over = registerSubcontract({ actor: w.gcUser, input: sub(rebar.bin!, "SC-2", 300) });
    await expect(over).rejects.toMatchObject({
      code: "SUBCONTRACT_QUANTITY_ABOVE_REMAINING",
      params: { item: concrete.code, contract: String(Q(1200)), subcontracted: String(Q(1000)), attempted: String(Q(300)), remaining: String(Q(200)) },
    });
    const message = failureState(await over.catch((e: unknown) => e), "en", undefined, "test", COMPANY_ERRORS).message;
    // Quantities in the reader's language (decision 0087): English groups thousands with a comma.
    expect(message).toBe("Item 236310.100.000003 «Ready-mixed concrete B25»: your contract has 1\u00A0200\u00A0m³, your other subcontracts already hold 1\u00A0000\u00A0m³, this subcontract 300\u00A0m³; only 200\u00A0m³ remain.");
    // The same item twice in one subcontract counts twice; an item nobody subcontracted yet is not held back.
    await expect(registerSubcontract({ actor: w.gcUser, input: sub(rebar.bin!, "SC-2", 150, [{ estimateItemId: concrete.id, quantityMilli: Q(100), ceilingUnitPriceTiyn: T(30_000) }]) })).rejects.toMatchObject({
      code: "SUBCONTRACT_QUANTITY_ABOVE_REMAINING",
    });
    expect(await registerSubcontract({ actor: w.gcUser, input: sub(rebar.bin!, "SC-2", 200, [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(150), ceilingUnitPriceTiyn: T(400_000) }]) })).toMatchObject({ number: "SC-2" });
    await expect(registerSubcontract({ actor: w.gcUser, input: sub(brick.bin!, "SC-3", 0.001) })).rejects.toMatchObject({ code: "SUBCONTRACT_QUANTITY_ABOVE_REMAINING", params: { subcontracted: String(Q(1200)), remaining: "0" } });
    expect(await prisma().contract.count({ where: { parentId: w.contract.id } })).toBe(2);

    // A terminated subcontract no longer holds its quantity.
    await prisma().contract.update({ where: { id: w.subcontract.id }, data: { status: "terminated" } });
    expect(await registerSubcontract({ actor: w.gcUser, input: sub(brick.bin!, "SC-3", 1000) })).toMatchObject({ number: "SC-3" });
  });

  it("two subcontracts registered at once cannot together exceed the parent's quantity or value", async () => {
    const w = await buildWorld(); // 200 м3 of concrete and 800 000 000 ₸ of GC-1 left for subcontracts
    const [a, b] = [await company("Concrete One LLP"), await company("Concrete Two LLP")];
    const input = (bin: string, number: string, quantity: number, value: number): TRegisterSubcontract => ({
      parentId: w.contract.id,
      bin,
      number,
      valueTiyn: T(value),
      signedOn: new Date("2026-04-01"),
      isFinalSupplier: false,
      items: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(quantity), ceilingUnitPriceTiyn: T(30_000) }],
    });
    const byQuantity = await Promise.allSettled([registerSubcontract({ actor: w.gcUser, input: input(a.bin!, "Q-1", 150, 1_000) }), registerSubcontract({ actor: w.gcUser, input: input(b.bin!, "Q-2", 150, 1_000) })]);
    expect(byQuantity.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(byQuantity.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "SUBCONTRACT_QUANTITY_ABOVE_REMAINING" } });

    const byValue = await Promise.allSettled([registerSubcontract({ actor: w.gcUser, input: input(a.bin!, "V-1", 10, 500_000_000) }), registerSubcontract({ actor: w.gcUser, input: input(b.bin!, "V-2", 10, 500_000_000) })]);
    expect(byValue.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = byValue.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "SUBCONTRACT_ABOVE_REMAINING", params: { remaining: String(T(800_000_000 - 1_000 - 500_000_000)), attempted: String(T(500_000_000)) } });
    expect(failureState(refused.reason, "en", undefined, "test", COMPANY_ERRORS).message).toBe("The subcontract value 500\u00A0000\u00A0000,00\u00A0₸ is more than the remaining value of your contract, 299\u00A0999\u00A0000,00\u00A0₸.");
    const live = await prisma().contract.aggregate({ where: { parentId: w.contract.id, status: { not: "terminated" } }, _sum: { valueTiyn: true } });
    expect(live._sum.valueTiyn! <= w.contract.valueTiyn).toBe(true);
  });

  it("no subcontract is registered in a frozen, expired or closed colour, and the freeze's reason stays the investigator's", async () => {
    const w = await buildWorld({ expiresAt: new Date("2027-06-30T18:59:59Z") });
    const supplier = await company("Late Supplier LLP");
    const input: TRegisterSubcontract = {
      parentId: w.contract.id,
      bin: supplier.bin!,
      number: "SC-9",
      valueTiyn: T(1_000),
      signedOn: new Date("2026-04-01"),
      isFinalSupplier: false,
      items: [{ estimateItemId: w.items[1]!.id, quantityMilli: Q(1), ceilingUnitPriceTiyn: T(400_000) }],
    };
    const failure = async (attempt: Promise<unknown>) => failureState(await attempt.then(() => null, (e: unknown) => e), "en", undefined, "test", COMPANY_ERRORS).message;

    const expired = registerSubcontract({ actor: w.gcUser, input, now: new Date("2027-07-01T00:00:00Z") });
    await expect(expired).rejects.toMatchObject({ code: "SUBCONTRACT_COLOUR_EXPIRED", params: { colour: String(w.colour.id) } });
    expect(await failure(expired)).toBe(`Colour ${w.colour.id} expired at 30.06.2027 23:59: no subcontracts can be registered in it.`);
    // The deadline itself still counts as open.
    expect(await registerSubcontract({ actor: w.gcUser, input: { ...input, number: "SC-8" }, now: new Date("2027-06-30T18:59:59Z") })).toMatchObject({ number: "SC-8" });

    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Suspected kickbacks via Late Supplier" } });
    const frozen = registerSubcontract({ actor: w.gcUser, input });
    await expect(frozen).rejects.toMatchObject({ code: "SUBCONTRACT_COLOUR_FROZEN" });
    const frozenText = await failure(frozen);
    expect(frozenText).toBe(`Colour ${w.colour.id} is frozen by an investigator: no subcontracts can be registered in it while it is frozen.`);
    expect(frozenText).not.toContain("kickbacks");

    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: false, reason: "Explained by the ministry" } });
    await prisma().colour.update({ where: { id: w.colour.id }, data: { isClosed: true } });
    await expect(registerSubcontract({ actor: w.gcUser, input })).rejects.toMatchObject({ code: "SUBCONTRACT_COLOUR_CLOSED" });
    expect(await prisma().contract.count({ where: { number: "SC-9" } })).toBe(0);
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
    // On the shared list table since decision 0274, the CSV keeps its columns and machine headers.
    const table = await companyPaymentsTable({ actor: w.gcUser, locale: "en" });
    const csv = listCsvFile(table).body;
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("transfer;time_utc;direction;kind;colour;project;counterparty;counterparty_bin;document_type;document;amount_kzt");
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(3);
    expect(csv).toContain(`;out;payment;${w.colour.id};`);
    expect(csv).toContain(";-6000000.00\r\n");
    expect(table.name).toMatch(/^payments-\d{4}-\d{2}-\d{2}$/);
    expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  });

  it("a supplier's formula-looking invoice number reaches the general contractor's CSV defused, amounts stay numbers", async () => {
    const w = await buildWorld();
    await fundGeneral(w);
    const number = "=cmd|' /C calc'!A0";
    const invoice = await saveInvoice({
      actor: w.subUser,
      input: { contractId: w.subcontract.id, number, kind: "work", issuedOn: new Date("2026-05-01"), submissionKey: crypto.randomUUID(), intent: "submit", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(200), unitPriceTiyn: T(30_000) }] },
    });
    await approveIncomingInvoice({ actor: w.gcUser, invoiceId: invoice.id });
    const csv = listCsvFile(await companyPaymentsTable({ actor: w.gcUser, direction: "out", locale: "en" })).body;
    const [, row] = csv.split("\r\n");
    expect(row).toContain(`;"'=cmd|' /C calc'!A0";-6000000.00`);
    // No cell of the file starts with a formula character unless it is a number the portal wrote.
    const cells = row!.split(";");
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)))).toEqual([]);
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

describe("a company's contracts", () => {
  it("lists every contract it holds or pays, searchable, sortable and paged, with billed and paid", async () => {
    const w = await buildWorld();
    await fundGeneral(w, 100); // GC-1: 3 200 000 ₸ billed and paid
    await subInvoice(w, w.subcontract.id, 10); // SC-1: 300 000 ₸ billed
    const list = (actor: typeof w.gcUser, over: Partial<Parameters<typeof listCompanyContracts>[0]> = {}) => listCompanyContracts({ actor, sort: "number", direction: "asc", page: 1, ...over });

    const all = await list(w.gcUser);
    expect(all.rows.map((r) => [r.number, r.kind, r.side, r.counterparty.name, r.billedTiyn, r.paidTiyn])).toEqual([
      ["GC-1", "general", "holder", w.ministry.name, T(3_200_000), T(3_200_000)],
      ["SC-1", "sub", "payer", w.sub.name, T(300_000), 0n],
    ]);
    expect(all.rows[0]!.counterparty).toMatchObject({ kind: "project", bin: null });
    expect((await list(w.gcUser, { side: "payer" })).rows.map((r) => r.number)).toEqual(["SC-1"]);
    expect((await list(w.gcUser, { q: w.sub.bin! })).rows.map((r) => r.number)).toEqual(["SC-1"]);
    expect((await list(w.gcUser, { q: "gc-1" })).rows.map((r) => r.number)).toEqual(["GC-1"]);
    expect((await list(w.gcUser, { q: "school for 600" })).total).toBe(2);
    expect((await list(w.gcUser, { status: "terminated" })).total).toBe(0);
    expect((await list(w.gcUser, { sort: "value", direction: "desc" })).rows.map((r) => r.number)).toEqual(["GC-1", "SC-1"]);

    // The subcontractor holds SC-1 and is paid by the general contractor, its direct counterparty; GC-1 is not its own.
    const sub = await list(w.subUser);
    expect(sub.rows.map((r) => [r.number, r.side, r.counterparty.name, r.counterparty.bin])).toEqual([["SC-1", "holder", w.general.name, w.general.bin]]);
    expect((await list(w.subUser, { q: "GC-1" })).total).toBe(0);
    expect((await list(w.subUser, { q: w.ministry.name })).total).toBe(0);

    const stranger = contractor((await company("Stranger LLP")).id, 3002);
    expect((await list(stranger)).total).toBe(0);
    expect((await list(stranger, { q: w.general.bin! })).total).toBe(0);
    expect((await companyDashboard({ actor: w.gcUser })).contractCount).toBe(2);
  });

  it("a contract's items can be searched, its subcontracted quantities are shown to its holder, and its invoices come a page at a time", async () => {
    const w = await buildWorld();
    for (let i = 0; i < 27; i++) {
      await saveInvoice({
        actor: w.gcUser,
        input: { contractId: w.contract.id, number: `P-${String(i).padStart(2, "0")}`, kind: "work", issuedOn: new Date("2026-04-01"), submissionKey: crypto.randomUUID(), intent: "draft", lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(1), unitPriceTiyn: T(1) }] },
      });
    }
    const first = await getCompanyContract({ actor: w.gcUser, contractId: w.contract.id });
    expect(first.items.map((i) => [i.estimateItem.code, i.subcontractedMilli])).toEqual([
      ["236310.100.000003", Q(1000)],
      ["241062.300.000012", 0n],
      ["233211.100.000001", 0n],
    ]);
    expect(first.invoices).toMatchObject({ total: 27, pages: 2, page: 1 });
    expect(first.invoices.rows).toHaveLength(25);
    expect(first.invoices.rows[0]!.number).toBe("P-26");
    const second = await getCompanyContract({ actor: w.gcUser, contractId: w.contract.id, invoicePage: 2 });
    expect(second.invoices.rows.map((i) => i.number)).toEqual(["P-01", "P-00"]);

    const rebar = await getCompanyContract({ actor: w.gcUser, contractId: w.contract.id, q: "REBAR" });
    expect(rebar.items.map((i) => i.estimateItem.code)).toEqual(["241062.300.000012"]);
    expect(rebar.itemCount).toBe(3);
    // The page's view model: the holder's columns, the matching item, the invoices' second page.
    const page = await companyContractPageView({ actor: w.gcUser, contractId: w.contract.id, q: "REBAR", invoicePage: 2, locale: "en" });
    expect(page.itemColumns).toEqual(["quantity", "billed", "remaining", "subcontracted", "ceiling"]);
    expect(page.items.map((i) => i.code)).toEqual(["241062.300.000012"]);
    expect(page.invoices.rows.map((i) => i.number)).toEqual(["P-01", "P-00"]);
    expect(page).toMatchObject({ isHolder: true, itemCount: 3 });
    expect((await getCompanyContract({ actor: w.gcUser, contractId: w.contract.id, q: "233211" })).items.map((i) => i.estimateItem.name)).toEqual(["Ceramic brick"]);
    expect((await getCompanyContract({ actor: w.gcUser, contractId: w.contract.id, q: "granite" })).items).toEqual([]);
    // The payer of a subcontract sees none of its issuer's drafts.
    const ofSub = await getCompanyContract({ actor: w.gcUser, contractId: w.subcontract.id });
    expect(ofSub).toMatchObject({ isHolder: false, invoices: { total: 0 } });
  });
});

describe("a company sees and acts on its own records only", () => {
  it("company B gets 'not found' for A's invoice, contract, sub-invoice and colour; A still sees its own", async () => {
    const w = await buildWorld();
    await fundGeneral(w);
    const other = await company("Other Builder LLP");
    const stranger = contractor(other.id, 3001);
    const invoice = await subInvoice(w, w.subcontract.id, 10);
    const { getCompanyInvoice } = await import("../../lib/invoices/company-invoices");
    const { submitDraftInvoice, withdrawInvoice } = await import("../../lib/invoices/save-invoice");
    const { attachAct, readAct } = await import("../../lib/invoices/act-documents");
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
    const { getCompanyInvoice } = await import("../../lib/invoices/company-invoices");
    await expect(getCompanyInvoice({ actor: w.gcUser, invoiceId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
