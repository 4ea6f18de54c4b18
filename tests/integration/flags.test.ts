import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { topUpColour } from "../../lib/allocations/allocate-colour";
import { saveInvoice, withdrawInvoice } from "../../lib/invoices/save-invoice";
import { debarCompany, liftDebarment } from "../../lib/contractors/debar-company";
import { prisma } from "../../lib/db";
import { FLAG_CONFIG } from "../../lib/flags/config";
import { dismissFlag } from "../../lib/flags/dismiss-flag";
import { flagPageView } from "../../lib/flags/flag-view";
import { exportFlags, getFlag, listFlags, listRiskRanking } from "../../lib/flags/list-flags";
import { reopenFlag } from "../../lib/flags/reopen-flag";
import { recomputeAllFlags, refreshFlagsForColour, settleFlagRefreshes } from "../../lib/flags/refresh-flags";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { exitCircuit } from "../../lib/contractors/exit-circuit";
import { returnRemainder } from "../../lib/allocations/return-remainder";
import { reverseTransfer } from "../../lib/allocations/reverse-transfer";
import { buildWorld, concreteInvoice, paymentCount, Q, T, type TWorld, unscreenedInvoice } from "../support/ledger-fixtures";

const investigator = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator" as const, userId: 3001 };

async function flagsOf(colourId: number) {
  // Payments refresh flags in the background; wait for those before reading.
  await settleFlagRefreshes();
  return prisma().flag.findMany({ where: { colourId }, orderBy: { id: "asc" } });
}
const ofKind = async (colourId: number, kind: string) => (await flagsOf(colourId)).filter((f) => f.kind === kind && f.status === "open");
const evidence = (f: { evidence: unknown }) => f.evidence as { transfers: string[]; invoices: number[]; contracts: number[]; companies: number[]; persons: number[]; users: number[] };

async function person(name: string, address: string | null = null) {
  return prisma().person.create({ data: { fullName: name, address } });
}
async function tie(organizationId: number, personId: number, role: "director" | "founder" = "director") {
  await prisma().companyPerson.create({ data: { organizationId, personId, role } });
}
async function user(id: number, role: "official" | "contractor", personId: number | null) {
  await prisma().user.create({ data: { id, email: `u${id}@test.kz`, name: `User ${id}`, passwordHash: "x", role, personId } });
}

/** The general contractor is paid for 100 m3 of concrete, then pays its subcontractor for `quantity` at `price`. */
async function payDownTheChain(w: TWorld, { quantity = 100, price = 29_000, upQuantity = 100, upPrice = 30_000 } = {}) {
  const up = await concreteInvoice(w, { quantity: upQuantity, price: upPrice });
  const paidUp = await approveInvoice({ actor: w.alice, invoiceId: up.id });
  const down = await concreteInvoice(w, { quantity, price, sub: true });
  const paidDown = await approveInvoice({ actor: w.gcUser, invoiceId: down.id });
  return { up, down, upTransfer: paidUp.transferId!.toString(), downTransfer: paidDown.transferId!.toString() };
}

afterEach(() => vi.restoreAllMocks());

describe("flags appear when money moves", () => {
  it("round-trip: the subcontractor shares a director with the general contractor that paid it", async () => {
    const w = await buildWorld();
    const director = await person("Serik Abenov");
    await tie(w.general.id, director.id);
    await tie(w.sub.id, director.id, "founder");
    const { down, downTransfer } = await payDownTheChain(w);
    const [flag] = await ofKind(w.colour.id, "round_trip");
    expect(flag).toMatchObject({ subjectId: `colour:${w.colour.id}:company:${w.sub.id}`, companyId: w.sub.id, projectId: w.project.id, severity: "high" });
    expect(evidence(flag!)).toMatchObject({ invoices: [down.id], transfers: [downTransfer], persons: [director.id], companies: [w.general.id, w.sub.id].sort((a, b) => a - b) });
    expect((flag!.facts as { relations: unknown[] }).relations).toEqual([{ role: "payer", via: "person", organizationId: w.general.id, personId: director.id }]);
  });

  it("round-trip: the approving official is the general contractor's founder; by address and bank account too", async () => {
    const w = await buildWorld();
    const p = await person("Aidar Nurlanov");
    await user(w.alice.userId, "official", p.id);
    await tie(w.general.id, p.id, "founder");
    const invoice = await concreteInvoice(w);
    await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    const [byApprover] = await ofKind(w.colour.id, "round_trip");
    expect(evidence(byApprover!)).toMatchObject({ users: [w.alice.userId], persons: [p.id], invoices: [invoice.id] });

    await prisma().organization.update({ where: { id: w.general.id }, data: { address: "Almaty, Abay ave. 10", bankAccount: "KZ86 125K ZT50 0410 0100" } });
    await prisma().organization.update({ where: { id: w.sub.id }, data: { address: "almaty abay ave 10", bankAccount: "KZ86125KZT5004100100" } });
    await payDownTheChain(w);
    const sub = (await ofKind(w.colour.id, "round_trip")).find((f) => f.companyId === w.sub.id)!;
    expect((sub.facts as { relations: { via: string }[] }).relations.map((r) => r.via).sort()).toEqual(["address", "bank_account"]);
  });

  it("pass-through: the general contractor forwards 96.7 % of what it received within the week", async () => {
    const w = await buildWorld();
    const { upTransfer, downTransfer } = await payDownTheChain(w, { quantity: 100, price: 29_000 });
    const [flag] = await ofKind(w.colour.id, "pass_through");
    expect(flag).toMatchObject({ companyId: w.general.id, severity: "high" });
    expect(flag!.facts).toMatchObject({ forwardedBp: 9666, receivedTiyn: T(3_000_000).toString(), forwardedTiyn: T(2_900_000).toString(), thresholds: { minForwardedBp: 9000, windowDays: 30 } });
    expect(evidence(flag!).transfers).toEqual([upTransfer, downTransfer]);
  });

  it("no pass-through when the contractor keeps its own work; markup when it bills 50 % above what it paid", async () => {
    const w = await buildWorld();
    await payDownTheChain(w, { quantity: 50, price: 20_000 });
    expect(await ofKind(w.colour.id, "pass_through")).toEqual([]);
    const [markup] = await ofKind(w.colour.id, "markup");
    expect(markup).toMatchObject({ companyId: w.general.id, subjectType: "contract_item" });
    expect(markup!.facts).toMatchObject({ markupBp: 5000, itemCode: "236310.100.000003" });
    expect(evidence(markup!).companies).toEqual([w.general.id, w.sub.id].sort((a, b) => a - b));
  });

  it("split invoices just under the second-approval threshold, which are also duplicates", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    // Three invoices of 1.8 M each, 90 % of the threshold, submitted minutes apart.
    const [a, b, c] = [await concreteInvoice(w, { quantity: 60 }), await concreteInvoice(w, { quantity: 60 }), await concreteInvoice(w, { quantity: 60 })];
    for (const i of [a, b, c]) await approveInvoice({ actor: w.alice, invoiceId: i!.id });
    const [split] = await ofKind(w.colour.id, "split_invoices");
    expect(evidence(split!).invoices).toEqual([a!.id, b!.id, c!.id]);
    expect(split!.facts).toMatchObject({ invoices: 3, sumTiyn: T(5_400_000).toString(), thresholdTiyn: T(2_000_000).toString() });
    const [dup] = await ofKind(w.colour.id, "duplicate_invoice");
    expect(dup).toMatchObject({ subjectType: "invoice", subjectId: String(a!.id), severity: "high" });
    expect(evidence(dup!).invoices).toEqual(expect.arrayContaining([a!.id, b!.id]));
  });

  it("split invoices: two just under the threshold are not a pattern", async () => {
    const w = await buildWorld({ thresholdTiyn: T(2_000_000) });
    for (let k = 0; k < 2; k++) await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 60 })).id });
    expect(await ofKind(w.colour.id, "split_invoices")).toEqual([]);
  });

  it("new company, concentration and repeated refused attempts", async () => {
    const w = await buildWorld({ amount: T(10_000_000) });
    await prisma().organization.update({ where: { id: w.sub.id }, data: { registeredOn: new Date(Date.now() - 100 * 86_400_000) } });
    await prisma().organization.update({ where: { id: w.general.id }, data: { registeredOn: new Date("2015-06-01") } });
    const { downTransfer } = await payDownTheChain(w, { upQuantity: 200, quantity: 190 });
    const [young] = await ofKind(w.colour.id, "new_company");
    expect(young).toMatchObject({ subjectId: String(w.sub.id), companyId: w.sub.id });
    expect(evidence(young!).transfers).toEqual([downTransfer]);
    expect((young!.facts as { ageDays: number }).ageDays).toBe(100);
    const [concentrated] = await ofKind(w.colour.id, "concentration");
    expect(concentrated).toMatchObject({ companyId: w.sub.id });
    // 5.51 M of the 6 M the colour paid out of the project's account (not of the 10 M allocated).
    expect(concentrated!.facts).toMatchObject({ shareBp: 9183, receivedTiyn: T(5_510_000).toString(), paidOutTiyn: T(6_000_000).toString() });

    for (let i = 0; i < 3; i++) {
      const overpriced = await unscreenedInvoice(w, { quantity: 1, price: 33_000 });
      await expect(approveInvoice({ actor: w.alice, invoiceId: overpriced.id })).rejects.toThrow();
    }
    const [refused] = await ofKind(w.colour.id, "refused_attempts");
    expect(refused).toMatchObject({ companyId: w.general.id });
    expect(evidence(refused!).invoices).toHaveLength(3);
  });

  it("a debarred party at any tier; cleared when no longer true, dismissed stays dismissed", async () => {
    const w = await buildWorld();
    // Debarred from 1 March, given the subcontract on 15 March.
    await prisma().organization.update({ where: { id: w.sub.id }, data: { isDebarred: true, debarredOn: new Date("2026-03-01") } });
    await refreshFlagsForColour(w.colour.id);
    const [debarred] = await ofKind(w.colour.id, "debarred_party");
    expect(debarred).toMatchObject({ companyId: w.sub.id, score: 80 });
    expect(evidence(debarred!).contracts).toEqual([w.subcontract.id]);
    await prisma().organization.update({ where: { id: w.sub.id }, data: { isDebarred: false } });
    await refreshFlagsForColour(w.colour.id);
    expect((await prisma().flag.findUniqueOrThrow({ where: { id: debarred!.id } })).status).toBe("cleared");
    await prisma().organization.update({ where: { id: w.sub.id }, data: { isDebarred: true } });
    await refreshFlagsForColour(w.colour.id);
    expect((await prisma().flag.findUniqueOrThrow({ where: { id: debarred!.id } })).status).toBe("open");
    await prisma().flag.update({ where: { id: debarred!.id }, data: { status: "dismissed", dismissedReason: "Debarred after the contract ended" } });
    await refreshFlagsForColour(w.colour.id);
    expect((await prisma().flag.findUniqueOrThrow({ where: { id: debarred!.id } })).status).toBe("dismissed");
  });

  it("debarring a company that was already paid raises the debarred-party flag by itself; lifting clears it", async () => {
    const w = await buildWorld();
    // Paid in May; debarred from June: the May payment is no evidence, but it was working on the colour when debarred.
    const may = new Date("2026-05-04T06:00:00Z");
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100, now: may })).id, now: may });
    await approveInvoice({ actor: w.gcUser, invoiceId: (await concreteInvoice(w, { quantity: 100, price: 29_000, sub: true, now: may })).id, now: may });
    expect(await ofKind(w.colour.id, "debarred_party")).toEqual([]);
    await debarCompany({ actor: w.alice, input: { companyId: w.sub.id, reason: "Register of unreliable participants", debarredOn: "2026-06-01" } });
    // No recompute, no payment: the debarment itself refreshed the colours the company is in.
    const [debarred] = await ofKind(w.colour.id, "debarred_party");
    expect(debarred).toMatchObject({ companyId: w.sub.id, subjectId: `colour:${w.colour.id}:company:${w.sub.id}`, score: 75 });
    expect(evidence(debarred!).transfers).toEqual([]);
    expect(debarred!.facts).toMatchObject({ debarredFrom: "2026-06-01", receivedTiyn: "0", refusedPayments: 0 });
    // Only the Ministry of Finance lifts a debarment (decision 0069).
    await liftDebarment({ actor: { ...w.alice, isFinance: true }, input: { companyId: w.sub.id, reason: "Court lifted the listing" } });
    expect((await flagsOf(w.colour.id)).find((f) => f.id === debarred!.id)!.status).toBe("cleared");
  });

  it("a payment refused while the company was debarred stays a flag after the debarment is lifted", async () => {
    const w = await buildWorld();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100 })).id });
    const down = await concreteInvoice(w, { quantity: 10, price: 29_000, sub: true });
    await debarCompany({ actor: w.alice, input: { companyId: w.sub.id, reason: "Register of unreliable participants", debarredOn: "2026-06-01" } });
    await expect(approveInvoice({ actor: w.gcUser, invoiceId: down.id })).rejects.toThrow();
    const [debarred] = await ofKind(w.colour.id, "debarred_party");
    expect(debarred).toMatchObject({ companyId: w.sub.id, score: 85 });
    expect(debarred!.facts).toMatchObject({ refusedPayments: 1 });
    expect(evidence(debarred!).invoices).toEqual([down.id]);
    await liftDebarment({ actor: { ...w.alice, isFinance: true }, input: { companyId: w.sub.id, reason: "Court lifted the listing" } });
    expect((await flagsOf(w.colour.id)).find((f) => f.id === debarred!.id)).toMatchObject({ status: "open", score: 85 });
  });

  it("every other move of money, and every refused attempt, refreshes the colour's flags after the commit", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-12-31T18:59:59Z") });
    const { downTransfer } = await payDownTheChain(w);
    // A flag that holds whatever happens next: the subcontractor was given its subcontract (15 March) while debarred.
    await prisma().organization.update({ where: { id: w.sub.id }, data: { isDebarred: true, debarredOn: new Date("2026-03-01") } });
    await refreshFlagsForColour(w.colour.id);
    const submitted = [await concreteInvoice(w, { quantity: 1 }), await concreteInvoice(w, { quantity: 2 })];
    let n = 0;
    const invoiceInput = (price: number) => ({ contractId: w.contract.id, number: `R-${++n}`, kind: "work" as const, issuedOn: new Date("2026-04-01"), lines: [{ estimateItemId: w.items[0]!.id, quantityMilli: Q(1), unitPriceTiyn: T(price) }], submissionKey: `refresh-${n}`, intent: "submit" as const });
    const moves: [string, () => Promise<unknown>][] = [
      ["a top-up", () => topUpColour({ actor: w.alice, colourId: w.colour.id, amountTiyn: T(1_000) })],
      ["wages paid", () => exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.general.id, kind: "wages", amountTiyn: T(1_000) })],
      ["wages refused", () => exitCircuit({ actor: w.gcUser, colourId: w.colour.id, organizationId: w.general.id, kind: "wages", amountTiyn: T(2_000_000) }).catch(() => "refused")],
      ["an invoice submitted", () => saveInvoice({ actor: w.gcUser, input: invoiceInput(30_000) })],
      ["an invoice refused on submission", () => saveInvoice({ actor: w.gcUser, input: invoiceInput(40_000) }).catch(() => "refused")],
      ["an invoice rejected", () => rejectInvoice({ actor: w.alice, invoiceId: submitted[0]!.id, reason: "Quantities not confirmed" })],
      ["an invoice withdrawn", () => withdrawInvoice({ actor: w.gcUser, invoiceId: submitted[1]!.id })],
      ["a reversal", () => reverseTransfer({ actor: w.alice, transferId: BigInt(downTransfer), reason: "Paid to a debarred company" })],
      ["the return of the remainder", () => returnRemainder({ actor: w.alice, colourId: w.colour.id, now: new Date("2027-01-05T00:00:00Z") })],
    ];
    for (const [what, move] of moves) {
      await settleFlagRefreshes();
      await prisma().flag.deleteMany({ where: { colourId: w.colour.id } });
      await move();
      expect((await ofKind(w.colour.id, "debarred_party")).map((f) => f.companyId), what).toEqual([w.sub.id]);
    }
    // Both refusals were recorded against the general contractor (what the repeated-refusals flag counts).
    expect(await prisma().refusedAttempt.count({ where: { colourId: w.colour.id, organizationId: w.general.id } })).toBe(2);
  });

  it("approval anomalies: the same person behind creator and approver, a Saturday approval, a fast release", async () => {
    const w = await buildWorld();
    const p = await person("Dana Sarsenova");
    await user(w.gcUser.userId, "contractor", p.id);
    await user(w.bob.userId, "official", p.id);
    const invoice = await concreteInvoice(w);
    await approveInvoice({ actor: w.bob, invoiceId: invoice.id, now: new Date("2026-11-28T16:00:00Z") });
    const [same] = await ofKind(w.colour.id, "approval_same_person");
    expect(same).toMatchObject({ subjectId: String(invoice.id), severity: "high" });
    expect(evidence(same!)).toMatchObject({ users: [w.bob.userId, w.gcUser.userId].sort((a, b) => a - b), persons: [p.id] });
    const [late] = await ofKind(w.colour.id, "approval_out_of_hours");
    expect(late!.facts).toMatchObject({ approvals: 1, times: ["2026-11-28T16:00:00.000Z"] });
    // Submitted and released at once (the release is dated after the submission): fast.
    const quick = await concreteInvoice(w, { quantity: 5 });
    await approveInvoice({ actor: w.alice, invoiceId: quick.id, now: new Date(Date.now() + 60_000) });
    expect((await ofKind(w.colour.id, "approval_fast")).map((f) => f.subjectId)).toContain(String(quick.id));
  });

  it("a creator's refused self-approval is seen: recorded as a refused attempt, raised as same-person", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    // The invoice's creator is the official who then tries to approve it (as an imported history can have it).
    await prisma().invoice.update({ where: { id: invoice.id }, data: { createdById: w.alice.userId } });
    await expect(approveInvoice({ actor: w.alice, invoiceId: invoice.id })).rejects.toThrow();
    expect(await prisma().refusedAttempt.findMany({ where: { documentType: "invoice", documentId: BigInt(invoice.id) } })).toMatchObject([{ actorId: w.alice.userId, codes: ["SELF_APPROVAL"] }]);
    const [same] = await ofKind(w.colour.id, "approval_same_person");
    expect(same).toMatchObject({ subjectId: String(invoice.id), severity: "high", score: 70 });
    expect(same!.facts).toMatchObject({ approvers: 0, refusedSelfApprovals: 1 });
    expect(evidence(same!).users).toEqual([w.alice.userId]);
  });

  it("an invoice naming an item outside its contract is a refused attempt, dated at its submission", async () => {
    const w = await buildWorld();
    const at = new Date("2026-07-10T06:00:00Z");
    const outside = w.items[1]!.id; // rebar: in the estimate, not in the subcontract's items
    await expect(
      saveInvoice({ actor: w.subUser, now: at, input: { contractId: w.subcontract.id, number: "X-1", kind: "work", issuedOn: new Date("2026-07-09"), lines: [{ estimateItemId: outside, quantityMilli: Q(1), unitPriceTiyn: T(80_000) }], submissionKey: "outside-1", intent: "submit" } }),
    ).rejects.toThrow();
    const [refused] = await prisma().refusedAttempt.findMany({ where: { colourId: w.colour.id } });
    expect(refused).toMatchObject({ organizationId: w.sub.id, documentType: "invoice_submission", codes: ["ITEM_NOT_IN_ESTIMATE"], createdAt: at, amountTiyn: T(80_000) });
    // A draft is not an attempt.
    await expect(
      saveInvoice({ actor: w.subUser, input: { contractId: w.subcontract.id, number: "X-2", kind: "work", issuedOn: new Date("2026-07-09"), lines: [{ estimateItemId: outside, quantityMilli: Q(1), unitPriceTiyn: T(80_000) }], submissionKey: "outside-2", intent: "draft" } }),
    ).rejects.toThrow();
    expect(await prisma().refusedAttempt.count({ where: { colourId: w.colour.id } })).toBe(1);
  });

  it("rush before expiry: idle since its allocation in June, 60 % paid in the colour's last 30 days", async () => {
    const w = await buildWorld({ amount: T(10_000_000), expiresAt: new Date("2026-12-31T18:59:59Z") });
    // Allocated in June (the allocation's date); nothing is paid until December.
    await prisma().colour.update({ where: { id: w.colour.id }, data: { createdAt: new Date("2026-06-01T05:00:00Z") } });
    const invoice = await concreteInvoice(w, { quantity: 200 });
    const paid = await approveInvoice({ actor: w.alice, invoiceId: invoice.id, now: new Date("2026-12-20T05:00:00Z") });
    const [rush] = await ofKind(w.colour.id, "rush_before_expiry");
    expect(rush).toMatchObject({ subjectType: "colour", subjectId: String(w.colour.id), companyId: null, severity: "medium" });
    expect(rush!.facts).toMatchObject({ shareBp: 6000 });
    expect(evidence(rush!)).toMatchObject({ transfers: [paid.transferId!.toString()], invoices: [invoice.id], companies: [w.general.id] });
  });

  it("unit-price outlier against the prices of the same item across projects", async () => {
    const w = await buildWorld();
    const other = await buildWorld();
    for (const price of [20_000, 20_500, 21_000, 21_500]) await approveInvoice({ actor: other.alice, invoiceId: (await concreteInvoice(other, { quantity: 1, price })).id });
    const cheap = await concreteInvoice(w, { quantity: 1, price: 22_000 });
    await approveInvoice({ actor: w.alice, invoiceId: cheap.id });
    const dear = await concreteInvoice(w, { quantity: 1, price: 31_500 });
    await approveInvoice({ actor: w.alice, invoiceId: dear.id });
    // Six prices, but from two projects: too few to compare with by default.
    expect(await ofKind(w.colour.id, "unit_price_outlier")).toEqual([]);
    // The fence alone (26,750 is 22 % above Q3, under the default 30 %): this test is about the fence and its working.
    await refreshFlagsForColour(w.colour.id, { config: { ...FLAG_CONFIG, unitPriceOutlier: { ...FLAG_CONFIG.unitPriceOutlier, minProjects: 2, minAboveQ3Bp: 0 } } });
    const outliers = await ofKind(w.colour.id, "unit_price_outlier");
    // One flag for the company, the item and the colour: its quantity-weighted price 26,750 against a fence of 23,750.
    expect(outliers).toHaveLength(1);
    expect(outliers[0]).toMatchObject({ subjectType: "contract_item", subjectId: `colour:${w.colour.id}:company:${w.general.id}:item:236310.100.000003` });
    expect(evidence(outliers[0]!).invoices).toEqual([cheap.id, dear.id]);
    expect(outliers[0]!.facts).toMatchObject({
      itemCode: "236310.100.000003", samples: 6, projects: 2, unitPriceTiyn: T(26_750).toString(), fenceTiyn: T(23_750).toString(),
      q1Tiyn: T(20_625).toString(), q3Tiyn: T(21_875).toString(), iqrTiyn: T(1_250).toString(), lines: 2,
    });
  });
});

describe("computing flags", () => {
  it("a full recompute is idempotent: same flags, same evidence, first detection kept", async () => {
    const w = await buildWorld({ thresholdTiyn: T(4_000_000) });
    const director = await person("Serik Abenov");
    await tie(w.general.id, director.id);
    await tie(w.sub.id, director.id);
    await payDownTheChain(w);
    for (let k = 0; k < 3; k++) await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 130 })).id });
    await settleFlagRefreshes();
    const before = await flagsOf(w.colour.id);
    expect(before.length).toBeGreaterThan(0);
    const first = await recomputeAllFlags();
    const second = await recomputeAllFlags();
    expect(second).toEqual(first);
    expect(second.cleared).toBe(0);
    const after = await flagsOf(w.colour.id);
    const strip = (rows: typeof before) => rows.map(({ lastDetectedAt: _l, ...r }) => r);
    expect(strip(after)).toEqual(strip(before));
    // pass_through is left out: whether it holds here depended on timing between runs (see the session notes).
    expect([...new Set(after.map((f) => f.kind))]).toEqual(expect.arrayContaining(["round_trip", "split_invoices", "duplicate_invoice", "approval_fast"]));
  });

  it("payments committing while a refresh runs leave it consistent: no errors, the same flags as a recompute", async () => {
    const w = await buildWorld();
    const log = vi.spyOn(console, "error");
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 400 })).id });
    const down = await Promise.all(Array.from({ length: 8 }, () => concreteInvoice(w, { quantity: 48, price: 29_000, sub: true })));
    const up = await Promise.all(Array.from({ length: 8 }, () => concreteInvoice(w, { quantity: 1 })));
    await Promise.all([...down.map((i) => approveInvoice({ actor: w.gcUser, invoiceId: i.id })), ...up.map((i) => approveInvoice({ actor: w.alice, invoiceId: i.id }))]);
    const afterPayments = (await flagsOf(w.colour.id)).map(({ lastDetectedAt: _l, ...f }) => f);
    expect(log.mock.calls.filter((c) => String(c[0]).includes("flag refresh"))).toEqual([]);
    await refreshFlagsForColour(w.colour.id);
    expect((await flagsOf(w.colour.id)).map(({ lastDetectedAt: _l, ...f }) => f)).toEqual(afterPayments);
    expect(afterPayments.map((f) => f.kind)).toContain("pass_through");
  });

  it("a failing refresh is logged and never fails or undoes the payment", async () => {
    const w = await buildWorld();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await prisma().$executeRawUnsafe(`ALTER TABLE flag RENAME TO flag_away`);
    try {
      const invoice = await concreteInvoice(w);
      expect((await approveInvoice({ actor: w.alice, invoiceId: invoice.id })).status).toBe("paid");
      expect(await paymentCount(invoice.id)).toBe(1);
      await settleFlagRefreshes();
    } finally {
      await prisma().$executeRawUnsafe(`ALTER TABLE flag_away RENAME TO flag`);
    }
    expect(log.mock.calls.some((c) => String(c[0]).includes(`flag refresh of colour ${w.colour.id}`))).toBe(true);
  });

  it("the queue ranks, filters and searches; a flag reads with its evidence; risk ranks projects and companies", async () => {
    const w = await buildWorld({ thresholdTiyn: T(4_000_000) });
    const director = await person("Serik Abenov");
    await tie(w.general.id, director.id);
    await tie(w.sub.id, director.id);
    const { downTransfer } = await payDownTheChain(w);
    await settleFlagRefreshes();
    const queue = await listFlags({ actor: investigator, filter: {} });
    expect(queue.rows[0]!.severity).toBe("high");
    expect(queue.rows.map((r) => r.score)).toEqual([...queue.rows.map((r) => r.score)].sort((a, b) => b - a));
    const roundTrips = await listFlags({ actor: investigator, filter: { kind: "round_trip", q: "Beton" } });
    expect(roundTrips.rows.map((r) => r.company?.id)).toEqual([w.sub.id]);
    expect((await listFlags({ actor: investigator, filter: { severity: "low", kind: "round_trip" } })).total).toBe(0);
    const detail = await getFlag({ actor: investigator, id: roundTrips.rows[0]!.id });
    expect(detail.transfers.map((t) => t.id.toString())).toEqual([downTransfer]);
    expect(detail.persons.map((p) => p.fullName)).toEqual(["Serik Abenov"]);
    expect(detail.transfers[0]!.to.organization?.id).toBe(w.sub.id);
    // The page's view model: the same evidence, worded and linked for the page.
    const view = await flagPageView({ actor: investigator, flagId: roundTrips.rows[0]!.id, locale: "en" });
    expect(view.transfers.map((t) => t.id)).toEqual([downTransfer]);
    expect(view.transfers[0]!.to).toMatchObject({ href: `/contractors/${w.sub.id}` });
    expect(view.transfers[0]!.traces.map((t) => t.direction)).toEqual(["forward", "backward"]);
    expect(view.persons.map((p) => p.name)).toEqual(["Serik Abenov"]);
    expect(view.summary.find((p) => p.label === "Company")?.value.href).toBe(`/contractors/${w.sub.id}`);
    expect(view.flag).toMatchObject({ kind: "round_trip", status: "open" });
    await expect(flagPageView({ actor: w.alice, flagId: roundTrips.rows[0]!.id, locale: "en" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const projects = await listRiskRanking({ actor: investigator, of: "project" });
    expect(projects[0]).toMatchObject({ id: w.project.id });
    expect(projects[0]!.risk).toBeGreaterThan(90);
    const companies = await listRiskRanking({ actor: investigator, of: "company" });
    expect(companies.map((c) => c.id)).toEqual(expect.arrayContaining([w.general.id, w.sub.id]));
    await expect(listFlags({ actor: w.alice, filter: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an investigator dismisses a flag with a reason; a recompute keeps it dismissed; reopening puts it back", async () => {
    const w = await buildWorld();
    await payDownTheChain(w);
    const [flag] = await ofKind(w.colour.id, "pass_through");
    await expect(dismissFlag({ actor: investigator, flagId: flag!.id, reason: "ok" })).rejects.toMatchObject({ code: "REASON_REQUIRED" });
    await expect(dismissFlag({ actor: w.alice, flagId: flag!.id, reason: "Looks fine to me" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await dismissFlag({ actor: investigator, flagId: flag!.id, reason: "Supplier contract approved by the ministry" });
    await recomputeAllFlags();
    expect(await prisma().flag.findUniqueOrThrow({ where: { id: flag!.id } })).toMatchObject({ status: "dismissed", dismissedReason: "Supplier contract approved by the ministry", dismissedById: investigator.userId });
    expect((await listFlags({ actor: investigator, filter: { kind: "pass_through" } })).total).toBe(0);
    await reopenFlag({ actor: investigator, flagId: flag!.id });
    expect((await listFlags({ actor: investigator, filter: { kind: "pass_through" } })).rows.map((r) => r.id)).toEqual([flag!.id]);
    expect((await prisma().auditEvent.findMany({ where: { action: { startsWith: "flag." } }, orderBy: { id: "asc" } })).map((e) => e.action)).toEqual(["flag.dismiss", "flag.reopen"]);
  });

  it("npm run flags -- --recompute --json prints every flag with its evidence ids", async () => {
    const w = await buildWorld();
    await payDownTheChain(w);
    await settleFlagRefreshes();
    await prisma().flag.deleteMany();
    const run = promisify(execFile);
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/flags.ts", "--recompute", "--json"], { env: { ...process.env } });
    expect(stderr).toMatch(/1\/1 colours \(100 %\)/);
    expect(stderr).toMatch(/Recomputed flags of 1 colour\(s\): \d+ open, 0 cleared \(\d+ ms\)/);
    const printed = JSON.parse(stdout) as { kind: string; evidence: { transfers: string[] } }[];
    expect(printed).toEqual(JSON.parse(JSON.stringify(await exportFlags())));
    expect(printed.find((f) => f.kind === "pass_through")!.evidence.transfers).toHaveLength(2);
  });
});

