// Investigators read everything and move no money: a freeze is their one power over it (issue 6). Every
// money-moving entry point refuses an investigator — as "not found" where the caller's scope is judged, as
// "forbidden" where the role is — and writes nothing: no transfer, no journal entry, no approval, no refusal.
// A contractor sees that its money is frozen, never why.
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { allocateColour, topUpColour } from "../../lib/allocations/allocate-colour";
import { companyBalances, companyDashboard } from "../../lib/contractors/company-dashboard";
import { exitOptions, payExit } from "../../lib/contractors/company-exits";
import { approveIncomingInvoice } from "../../lib/invoices/decide-incoming-invoice";
import { listCompanyPayments } from "../../lib/contractors/list-company-payments";
import { prisma } from "../../lib/db";
import { ForbiddenError, NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { exitCircuit } from "../../lib/contractors/exit-circuit";
import { setFreeze } from "../../lib/cases/set-freeze";
import { returnRemainder } from "../../lib/allocations/return-remainder";
import { reverseTransfer } from "../../lib/allocations/reverse-transfer";
import { buildWorld, concreteInvoice, T, type TWorld } from "../support/ledger-fixtures";

const investigator: TActor = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator", userId: 4343, name: "Askar", organizationId: null, organizationKind: null, isFinance: false };

/** The investigator as such, and the same role carrying an official's and a contractor's organisation (a misconfigured account). */
function investigators(w: TWorld): [string, TActor][] {
  return [
    ["investigator", investigator],
    ["investigator of the Ministry of Finance", { ...investigator, organizationId: w.ministry.id, organizationKind: "ministry", isFinance: true }],
    ["investigator attached to the general contractor", { ...investigator, organizationId: w.general.id, organizationKind: "company" }],
  ];
}

/** Everything a money move would leave behind. */
async function footprint() {
  const db = prisma();
  const [transfers, journal, requests, refusals, approvals, colours, balances] = await Promise.all([
    db.transfer.count(),
    db.journalEntry.count(),
    db.ledgerRequest.count(),
    db.refusedAttempt.count(),
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*)::bigint AS n FROM invoice_decision`,
    db.colour.findMany({ select: { id: true, mintedTiyn: true, isClosed: true }, orderBy: { id: "asc" } }),
    db.account.findMany({ select: { id: true, balanceTiyn: true }, orderBy: { id: "asc" } }),
  ]);
  return { transfers, journal, requests, refusals, approvals: approvals[0]!.n, colours, balances };
}

describe("an investigator moves no money", () => {
  it("is refused on approvals, exits, allocations, top-ups, the return of the remainder and reversals, and nothing is written", async () => {
    const w = await buildWorld({ expiresAt: new Date("2026-12-31T18:59:59Z") });
    const paid = await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100 })).id });
    const pending = await concreteInvoice(w, { quantity: 10 });
    const pendingSub = await concreteInvoice(w, { quantity: 10, price: 29_000, sub: true });
    const before = await footprint();
    const afterExpiry = new Date("2027-06-01T00:00:00Z");

    for (const [who, actor] of investigators(w)) {
      // One attempt at a time, each started only when the previous one has been refused.
      const refusals: [string, () => Promise<unknown>, typeof NotFoundError | typeof ForbiddenError][] = [
        ["approve a general contractor's invoice", () => approveInvoice({ actor, invoiceId: pending.id }), NotFoundError],
        ["approve a subcontractor's invoice", () => approveInvoice({ actor, invoiceId: pendingSub.id }), NotFoundError],
        ["approve an incoming invoice as a company", () => approveIncomingInvoice({ actor, invoiceId: pendingSub.id }), ForbiddenError],
        ["pay wages out of the circuit", () => exitCircuit({ actor, colourId: w.colour.id, organizationId: w.general.id, kind: "wages", amountTiyn: T(1_000) }), ForbiddenError],
        ["pay taxes from the company screens", () => payExit({ actor, colourId: w.colour.id, kind: "taxes", amountTiyn: T(1_000), idempotencyKey: `inv-${who}` }), ForbiddenError],
        [
          "allocate a colour",
          () =>
            allocateColour({
              actor,
              input: { budgetLineId: w.line.id, projectId: w.project.id, amountTiyn: T(1_000), expiresAt: new Date("2027-12-31T18:59:59Z"), reason: "Not theirs to allocate", rules: { allowedItemCodes: "all", advanceLimitBp: 0, approvalThresholdTiyn: T(1_000_000), exits: { wages: { allowed: false, maxShareBp: 0 }, taxes: { allowed: false, maxShareBp: 0 } } } },
            }),
          // A budget line is out of an investigator's scope, as for an official of another ministry: not found.
          NotFoundError,
        ],
        ["top up a colour", () => topUpColour({ actor, colourId: w.colour.id, amountTiyn: T(1_000) }), NotFoundError],
        ["return the remainder", () => returnRemainder({ actor, colourId: w.colour.id, now: afterExpiry }), NotFoundError],
        ["reverse a payment", () => reverseTransfer({ actor, transferId: paid.transferId!, reason: "Suspected round trip" }), ForbiddenError],
      ];
      for (const [what, attempt, refusal] of refusals) await expect(attempt(), `${who}: ${what}`).rejects.toBeInstanceOf(refusal);
    }

    expect(await footprint()).toEqual(before);
    expect((await prisma().invoice.findMany({ where: { id: { in: [pending.id, pendingSub.id] } }, select: { status: true } })).map((i) => i.status)).toEqual(["submitted", "submitted"]);
    // The freeze is theirs: it moves no money, and is journalled.
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: "Their one power over money" } });
    const frozen = await footprint();
    expect({ ...frozen, journal: before.journal }).toEqual(before);
    expect(frozen.journal).toBe(before.journal + 1);
  });
});

describe("a contractor's view of frozen money", () => {
  it("says frozen — colour or account — but never why", async () => {
    const w = await buildWorld();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 100 })).id });
    await approveInvoice({ actor: w.gcUser, invoiceId: (await concreteInvoice(w, { quantity: 40, price: 29_000, sub: true })).id });
    const colourReason = "Informant reports kickbacks to the deputy akim";
    const accountReason = "Director under arrest in case 2026-118";
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, organizationId: w.sub.id, isFrozen: true, reason: accountReason } });

    // The subcontractor's account alone: it sees its money frozen; the general contractor's is not.
    expect((await companyBalances({ actor: w.subUser })).map((b) => [b.colourId, b.isFrozen])).toEqual([[w.colour.id, true]]);
    expect((await companyBalances({ actor: w.gcUser })).map((b) => [b.colourId, b.isFrozen])).toEqual([[w.colour.id, false]]);

    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, isFrozen: true, reason: colourReason } });
    // A refused attempt in the frozen colour shows on the dashboard, with its rule, not the investigator's reason.
    await expect(payExit({ actor: w.gcUser, colourId: w.colour.id, kind: "wages", amountTiyn: T(1_000), idempotencyKey: "frozen-wages" })).rejects.toMatchObject({ violations: [expect.objectContaining({ code: "COLOUR_FROZEN" })] });

    for (const actor of [w.gcUser, w.subUser]) {
      const dashboard = await companyDashboard({ actor });
      expect(dashboard.balances.map((b) => [b.colourId, b.isFrozen])).toEqual([[w.colour.id, true]]);
      const everything = JSON.stringify(
        [dashboard, await exitOptions({ actor }), await listCompanyPayments({ actor, page: 1 })],
        (_k, v) => (typeof v === "bigint" ? v.toString() : v),
      );
      expect(everything).toContain('"isFrozen":true');
      for (const secret of [colourReason, accountReason, "kickbacks", "arrest"]) expect(everything).not.toContain(secret);
      expect(everything).not.toMatch(/frozenReason|reason/i);
    }
    const gc = await companyDashboard({ actor: w.gcUser });
    expect(gc.warnings.refused.map((r) => r.details.map((d) => d.code))).toEqual([["COLOUR_FROZEN"]]);
  });
});
