import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { officialHome } from "../../lib/home/official-home";
import { adminHome, contractorHome, investigatorHome } from "../../lib/home/role-homes";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { createOrganization } from "../../lib/organizations/create-organization";
import { actorWithRole, adminActor } from "../support/actors";
import { buildWorld, concreteInvoice, contractor, official } from "../support/ledger-fixtures";

// Each role's home counts only what is within the actor's reach (issue 19, decision 0178).

describe("home", () => {
  it("an official sees their ministry's waiting invoices, execution and expiring colours; another ministry sees none", async () => {
    const expiresAt = new Date(Date.now() + 10 * 86_400_000);
    const w = await buildWorld({ expiresAt });
    const waiting = await concreteInvoice(w);
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w, { quantity: 5 })).id });
    // Two refused attempts to pay the waiting invoice (as lib/ledger/record-refusal.ts records them).
    for (let i = 0; i < 2; i++) await prisma().refusedAttempt.create({ data: { colourId: w.colour.id, documentType: "invoice", documentId: BigInt(waiting.id), codes: ["UNIT_PRICE_ABOVE_CEILING"], details: {} } });
    const home = await officialHome(w.alice);
    expect(home.todos.find((t) => t.key === "refusals")?.count).toBe(2);
    expect(home.refusals).toMatchObject([{ invoiceId: waiting.id, number: waiting.number, attempts: 2 }]);
    expect(home.todos.find((t) => t.key === "invoicesWaiting")?.count).toBe(1);
    expect(home.todos.find((t) => t.key === "expiring30")?.count).toBe(1);
    expect(home.expiring).toMatchObject([{ colourId: w.colour.id, days: 10 }]);
    expect(home.expiring[0]!.heldTiyn).toBeGreaterThan(0n);
    // The fixtures' budget line is of fiscal year 2026: execution is read as of a day in it.
    const in2026 = await officialHome(w.alice, new Date("2026-07-01T06:00:00Z"));
    expect(in2026.execution).toMatchObject({ fiscalYear: 2026, appropriated: 1_000_000_000_000n });
    expect(in2026.execution.allocated).toBeGreaterThan(0n);
    expect(in2026.execution.paid).toBeGreaterThan(0n);

    const other = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Other ${w.ministry.id}` } });
    const elsewhere = await officialHome(official(other.id, 4001));
    expect(elsewhere.todos).toEqual([]);
    expect(elsewhere.expiring).toEqual([]);
    expect(elsewhere.refusals).toEqual([]);
    expect((await officialHome(official(other.id, 4001), new Date("2026-07-01T06:00:00Z"))).execution.allocated).toBe(0n);
  });

  it("a contractor sees its own balances expiring and its own invoices only", async () => {
    const w = await buildWorld({ expiresAt: new Date(Date.now() + 5 * 86_400_000) });
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    await concreteInvoice(w, { quantity: 3 });
    const home = await contractorHome(w.gcUser);
    expect(home.todos.map((t) => [t.key, t.count])).toEqual([["expiring7", 1], ["issuedWaiting", 1]]);
    const stranger = await contractorHome(contractor(w.sub.id, 4002));
    expect(stranger.expiring).toEqual([]);
    await expect(contractorHome(w.alice)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an investigator sees new high flags and their own open cases; an administrator recent changes", async () => {
    const w = await buildWorld();
    const investigator = actorWithRole("investigator", null);
    await prisma().flag.create({ data: { key: "home:1", kind: "debarred_party", subjectType: "company", subjectId: String(w.general.id), colourId: w.colour.id, projectId: w.project.id, severity: "high", score: 90, evidence: {}, facts: {} } });
    await prisma().investigationCase.create({ data: { title: "Mine", createdById: investigator.userId, assigneeId: investigator.userId } });
    await prisma().investigationCase.create({ data: { title: "Someone else's", createdById: investigator.userId + 1, assigneeId: investigator.userId + 1 } });
    const home = await investigatorHome(investigator);
    expect(home.todos.map((t) => [t.key, t.count])).toEqual([["highFlags", 1], ["openCases", 1]]);
    expect(home.myCases.map((c) => c.title)).toEqual(["Mine"]);
    await expect(investigatorHome(w.alice)).rejects.toBeInstanceOf(ForbiddenError);

    const admin = await adminHome(adminActor);
    expect(Array.isArray(admin.recent)).toBe(true);
    await expect(adminHome(w.alice)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
