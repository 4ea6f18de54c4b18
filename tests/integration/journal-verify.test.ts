// Re-checking the journal reads every entry; six checks at once froze the sign-in page (issue 13, finding 11).
// One check runs at a time per process, the requests that come meanwhile share it, and a result is reused, with
// its moment, for a while after (decision 0061).
import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { prisma } from "../../lib/db";
import { ForbiddenError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { verifyJournal } from "../../lib/journal/verify";
import { buildWorld, concreteInvoice } from "../support/ledger-fixtures";

const investigator: TActor = { ...SYSTEM_ACTOR, isSystem: false, role: "investigator", userId: 4343, name: "Askar", organizationId: null, organizationKind: null, isFinance: false };

describe("journal verification", () => {
  it("six checks asked at once run one verification: all get its result, its progress and its moment", async () => {
    const w = await buildWorld();
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    const entries = await prisma().journalEntry.count();
    const asked = new Date();
    const progress: number[][] = Array.from({ length: 6 }, () => []);
    const results = await Promise.all(progress.map((heard) => verifyJournal({ actor: investigator, reuseWithinMs: 0, now: asked, onProgress: (checked) => heard.push(checked) })));
    // One verification makes one result: every caller holds that same object.
    for (const r of results) expect(r).toBe(results[0]);
    expect(results[0]).toMatchObject({ checked: entries, firstBroken: null, verifiedAt: asked });
    expect(results[0]!.chains).toBeGreaterThan(0);
    for (const heard of progress) expect(heard.at(-1)).toBe(entries);
  });

  it("a check asked soon after gets the last result with its moment; once that is older than the window, a new one runs", async () => {
    const w = await buildWorld();
    const first = await verifyJournal({ actor: investigator, reuseWithinMs: 0 });
    const soon = new Date(first.verifiedAt.getTime() + 30_000);
    expect(await verifyJournal({ actor: investigator, reuseWithinMs: 60_000, now: soon })).toBe(first);

    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    const later = new Date(first.verifiedAt.getTime() + 61_000);
    const second = await verifyJournal({ actor: investigator, reuseWithinMs: 60_000, now: later });
    expect(second).not.toBe(first);
    expect(second.verifiedAt).toEqual(later);
    expect(second.checked).toBe(await prisma().journalEntry.count());
    expect(second.checked).toBeGreaterThan(first.checked);
  });

  it("is for investigators and administrators only", async () => {
    const w = await buildWorld();
    await expect(verifyJournal({ actor: w.alice, reuseWithinMs: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyJournal({ actor: w.gcUser, reuseWithinMs: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(verifyJournal({ actor: { ...investigator, role: "admin" }, reuseWithinMs: 0 })).resolves.toMatchObject({ firstBroken: null });
  });
});
