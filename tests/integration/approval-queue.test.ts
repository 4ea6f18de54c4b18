import { describe, expect, it } from "vitest";
import { pool, prisma } from "../../lib/db";
import { NotFoundError } from "../../lib/errors";
import { approveAlone, type TApprovalDone } from "../../lib/ledger/invoice-approval";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { isPayingSide } from "../../lib/invoices/paying-side";
import { checkLedgerInvariants } from "../../lib/ledger/check-invariants";
import { atHistoricMoment } from "../../lib/ledger/history-moment";
import { loadPaymentContext, payInvoice } from "../../lib/ledger/invoice-payment";
import { withSqlTransaction } from "../../lib/ledger/sql";
import { verifyDatabaseJournal } from "../../lib/ledger/verify-journal";
import { balanceOf, buildWorld, concreteInvoice, T, type TWorld, unscreenedInvoice } from "../support/ledger-fixtures";

// Approvals that arrive together share a transaction (lib/ledger/invoice-approval.ts, decision 0053). Each must end
// exactly as it would have alone: paid once, refused with its own reason, or not found — and the ledger consistent.

async function expectConsistent() {
  expect((await checkLedgerInvariants(prisma())).violations).toEqual([]);
  expect((await verifyDatabaseJournal(prisma())).firstBroken).toBeNull();
}

const paymentsOf = (invoiceId: number) => prisma().transfer.count({ where: { documentType: "invoice", documentId: BigInt(invoiceId) } });

describe("approvals that arrive together", () => {
  it("across colours and within one: each is paid once, refusals and strangers are answered on their own", async () => {
    const worlds: TWorld[] = [];
    for (let i = 0; i < 4; i++) worlds.push(await buildWorld());
    const plain = await Promise.all(worlds.map((w) => concreteInvoice(w, { quantity: 10 })));
    // A second and a third invoice of the first colour: one transaction judges one payment per colour.
    const sameColour = [await concreteInvoice(worlds[0]!, { quantity: 20 }), await concreteInvoice(worlds[0]!, { quantity: 30 })];
    const overpriced = await unscreenedInvoice(worlds[1]!, { quantity: 5, price: 33_000 });
    const strangers = await concreteInvoice(worlds[2]!, { quantity: 5 });
    const calls = [
      ...plain.map((inv, i) => approveInvoice({ actor: worlds[i]!.alice, invoiceId: inv.id })),
      ...sameColour.map((inv) => approveInvoice({ actor: worlds[0]!.bob, invoiceId: inv.id })),
      approveInvoice({ actor: worlds[1]!.alice, invoiceId: overpriced.id }),
      // An official of another ministry, and an invoice that does not exist: "not found", as alone.
      approveInvoice({ actor: worlds[3]!.alice, invoiceId: strangers.id }),
      approveInvoice({ actor: worlds[3]!.alice, invoiceId: 2_000_000_000 }),
      // The same invoice twice at once (a double click): paid once, both told "paid".
      approveInvoice({ actor: worlds[3]!.alice, invoiceId: plain[3]!.id }),
    ];
    const results = await Promise.allSettled(calls);
    const value = (i: number) => (results[i]!.status === "fulfilled" ? (results[i] as PromiseFulfilledResult<{ status: string }>).value.status : (results[i] as PromiseRejectedResult).reason);
    for (const i of [0, 1, 2, 3, 4, 5, 9]) expect(value(i)).toBe("paid");
    expect(value(6)).toMatchObject({ code: "PRICE_ABOVE_CEILING" });
    expect(value(7)).toBeInstanceOf(NotFoundError);
    expect(value(8)).toBeInstanceOf(NotFoundError);

    for (const inv of [...plain, ...sameColour]) expect(await paymentsOf(inv.id)).toBe(1);
    // They did share transactions: payments posted in one carry its start time (alone, each has its own).
    const moments = await prisma().transfer.findMany({ where: { documentType: "invoice", documentId: { in: plain.map((i) => BigInt(i.id)) } }, select: { createdAt: true } });
    expect(new Set(moments.map((m) => m.createdAt.getTime())).size).toBeLessThan(plain.length);
    expect(await paymentsOf(overpriced.id)).toBe(0);
    expect(await paymentsOf(strangers.id)).toBe(0);
    expect(await prisma().refusedAttempt.count({ where: { documentType: "invoice", documentId: BigInt(overpriced.id) } })).toBe(1);
    expect(await balanceOf(worlds[0]!.colour.id, `company:${worlds[0]!.general.id}`)).toBe(T(60 * 30_000));
    await expectConsistent();
  });

  it("a payment the database refuses inside a shared transaction fails alone: the others are paid", async () => {
    const a = await buildWorld();
    const b = await buildWorld();
    const c = await buildWorld();
    const invoices = [await concreteInvoice(a, { quantity: 10 }), await concreteInvoice(b, { quantity: 10 }), await concreteInvoice(c, { quantity: 10 })];
    // The middle colour is frozen behind the rules' back (its row only, no journal entry): the rules pass on the
    // context, ledger_post() refuses. The shared transaction rolls back and each approval is run on its own.
    await pool().query(`UPDATE colour SET is_frozen = true WHERE id = $1`, [b.colour.id]);
    const [first, middle, last] = await Promise.allSettled([
      approveInvoice({ actor: a.alice, invoiceId: invoices[0]!.id }),
      approveInvoice({ actor: b.alice, invoiceId: invoices[1]!.id }),
      approveInvoice({ actor: c.alice, invoiceId: invoices[2]!.id }),
    ]);
    expect(first).toMatchObject({ status: "fulfilled", value: { status: "paid" } });
    expect(middle).toMatchObject({ status: "rejected", reason: { code: "COLOUR_FROZEN" } });
    expect(last).toMatchObject({ status: "fulfilled", value: { status: "paid" } });
    expect(await paymentsOf(invoices[1]!.id)).toBe(0);
    expect((await prisma().invoice.findUniqueOrThrow({ where: { id: invoices[1]!.id } })).status).toBe("submitted");
    await pool().query(`UPDATE colour SET is_frozen = false WHERE id = $1`, [b.colour.id]);
    await expectConsistent();
  });

  it("replayed history shares a transaction too, each approval dated at its own moments (decision 0301)", async () => {
    const worlds = [await buildWorld(), await buildWorld(), await buildWorld()];
    const invoices = await Promise.all(worlds.map((w) => concreteInvoice(w, { quantity: 10 })));
    const decided = [new Date("2025-03-03T04:05:06.007Z"), new Date("2025-04-04T05:06:07.008Z"), new Date("2025-05-05T06:07:08.009Z")];
    // The first is paid after its decision (the bundle's paid_at), the others when decided; a fourth approval of now
    // arrives with them and keeps the clock.
    const paid = [new Date("2025-03-10T10:00:00.000Z"), decided[1]!, decided[2]!];
    const live = await buildWorld();
    const liveInvoice = await concreteInvoice(live, { quantity: 10 });
    const before = Date.now();
    const results = await Promise.all([
      ...worlds.map((w, i) => atHistoricMoment(paid[i]!, () => approveInvoice({ actor: w.alice, invoiceId: invoices[i]!.id, now: paid[i]! }), decided[i]!)),
      approveInvoice({ actor: live.alice, invoiceId: liveInvoice.id }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["paid", "paid", "paid", "paid"]);
    for (const [i, invoice] of invoices.entries()) {
      const transfer = await prisma().transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: BigInt(invoice.id) } });
      expect(transfer.createdAt.toISOString()).toBe(paid[i]!.toISOString());
      const decision = await prisma().invoiceDecision.findFirstOrThrow({ where: { invoiceId: invoice.id, decision: "approve" } });
      expect(decision.decidedAt.toISOString()).toBe(decided[i]!.toISOString());
      const entry = await prisma().journalEntry.findFirstOrThrow({ where: { chain: worlds[i]!.colour.id, kind: "transfer", createdAt: paid[i]! } });
      expect(JSON.parse(entry.payload)).toMatchObject({ at: paid[i]!.toISOString() });
    }
    const liveTransfer = await prisma().transfer.findFirstOrThrow({ where: { documentType: "invoice", documentId: BigInt(liveInvoice.id) } });
    expect(liveTransfer.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const liveDecision = await prisma().invoiceDecision.findFirstOrThrow({ where: { invoiceId: liveInvoice.id, decision: "approve" } });
    expect(liveDecision.decidedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await expectConsistent();
  });
});

describe("two transactions paying one colour at once", () => {
  it("judge the second payment on what the first paid: two advances cannot pass the advance limit together", async () => {
    // Each advance is within the limit (0.5 % of a 900 M contract = 4.5 M); the two together are not. The first
    // transaction reads its context and holds it while a second approval (as from another server process) runs.
    const w = await buildWorld({ advanceLimitBp: 50 });
    // A work invoice paid first opens the contractor's account, which would otherwise make the second wait.
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 1 })).id });
    const first = await concreteInvoice(w, { quantity: 100, kind: "advance" });
    const second = await concreteInvoice(w, { quantity: 100, kind: "advance" });
    let other: Promise<TApprovalDone> | null = null;
    await withSqlTransaction(async (sql, last) => {
      const ctx = (await loadPaymentContext(sql, first.id))!;
      other = approveAlone({ actor: w.bob, invoiceId: second.id, now: new Date(), mayDecide: (side) => isPayingSide(w.bob, side) });
      // Long enough for the other approval to finish if nothing made it wait for this transaction.
      await new Promise((r) => setTimeout(r, 300));
      await payInvoice(last, ctx, { actor: w.alice, approvals: [w.alice.userId], now: new Date() });
    });
    expect(await other!).toMatchObject({ error: { code: "ADVANCE_LIMIT" } });
    expect(await paymentsOf(first.id)).toBe(1);
    expect(await paymentsOf(second.id)).toBe(0);
    await expectConsistent();
  });
});
