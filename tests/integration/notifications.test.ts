import { describe, expect, it } from "vitest";
import { SYSTEM_ACTOR, type TActor } from "../../lib/actor";
import { assignCase, openCase } from "../../lib/cases/manage-case";
import { setFreeze } from "../../lib/cases/set-freeze";
import { prisma } from "../../lib/db";
import { DomainError, NotFoundError } from "../../lib/errors";
import { approveInvoice } from "../../lib/invoices/approve-invoice";
import { rejectInvoice } from "../../lib/invoices/reject-invoice";
import { deriveNotifications } from "../../lib/notifications/derive-notifications";
import { listNotifications, markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "../../lib/notifications/notifications";
import { createOrganization } from "../../lib/organizations/create-organization";
import { actorWithRole } from "../support/actors";
import { buildWorld, company, concreteInvoice } from "../support/ledger-fixtures";

// Notifications are derived from what happened, for the users it concerns, and each user reads only their own
// (issue 19, decision 0177).

type TWorld = Awaited<ReturnType<typeof buildWorld>>;

/** A stored, active user (notifications go to users, not to actors) and the actor acting as them. */
async function user(role: TActor["role"], organizationId: number | null, name: string): Promise<TActor> {
  const u = await prisma().user.create({ data: { email: `${name}@test.kz`, name, passwordHash: "-", role, organizationId } });
  return { userId: u.id, role, name, email: u.email, organizationId, organizationKind: role === "contractor" ? "company" : "ministry", organizationName: name, isFinance: false };
}

async function people(w: TWorld) {
  const otherMinistry = await createOrganization({ actor: SYSTEM_ACTOR, input: { kind: "ministry", name: `Ministry of Energy ${w.ministry.id}` } });
  const otherCompany = await company(`Unrelated ${w.ministry.id} LLP`);
  return {
    official: await user("official", w.ministry.id, "official-in"),
    otherOfficial: await user("official", otherMinistry.id, "official-out"),
    contractor: await user("contractor", w.general.id, "gc-user"),
    otherContractor: await user("contractor", otherCompany.id, "other-co-user"),
  };
}

const mine = async (a: TActor) => (await listNotifications(a, { page: 1, filter: "all" })).rows;

describe("notifications", () => {
  it("an invoice waiting, then paid: the paying ministry's officials, then the issuer's users; nobody else; never twice", async () => {
    const w = await buildWorld();
    const p = await people(w);
    const invoice = await concreteInvoice(w);
    expect(await deriveNotifications()).toBeGreaterThan(0);
    expect((await mine(p.official)).map((n) => [n.kind, n.link])).toEqual([["invoice_waiting", `/invoices/${invoice.id}`]]);
    expect(await mine(p.otherOfficial)).toEqual([]);
    expect(await mine(p.contractor)).toEqual([]);

    const outcome = await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    expect(outcome.status).toBe("paid");
    await deriveNotifications();
    const paid = await mine(p.contractor);
    expect(paid.map((n) => [n.kind, n.link, n.params.number])).toEqual([["invoice_paid", `/company/invoices/${invoice.id}`, invoice.number]]);
    // Dated when the money was paid, not when the notification was derived (decision 0277).
    const paidAt = (await prisma().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).paidAt!;
    expect(paid[0]!.createdAt.getTime()).toBe(paidAt.getTime());
    expect(await mine(p.otherContractor)).toEqual([]);

    // Deriving again (the next tick, another process) adds nothing.
    const before = await prisma().notification.count();
    expect(await deriveNotifications()).toBe(0);
    expect(await prisma().notification.count()).toBe(before);
  });

  it("a rejection reaches the issuer with the reason", async () => {
    const w = await buildWorld();
    const p = await people(w);
    const invoice = await concreteInvoice(w);
    await rejectInvoice({ actor: w.alice, invoiceId: invoice.id, reason: "Quantities exceed the act of works" });
    await deriveNotifications();
    const [n] = await mine(p.contractor);
    expect(n).toMatchObject({ kind: "invoice_rejected", params: { reason: "Quantities exceed the act of works" } });
  });

  it("a colour's last 30 days, then its last 7: one notice each, for the ministry and the companies holding it", async () => {
    const expiresAt = new Date("2027-03-31T18:59:59Z");
    const w = await buildWorld({ expiresAt });
    const p = await people(w);
    const invoice = await concreteInvoice(w);
    await approveInvoice({ actor: w.alice, invoiceId: invoice.id });
    const days = (d: number) => new Date(expiresAt.getTime() - d * 86_400_000);
    await deriveNotifications(days(40));
    expect((await mine(p.official)).filter((n) => n.kind.startsWith("colour_expiring"))).toEqual([]);
    await deriveNotifications(days(20));
    await deriveNotifications(days(19));
    await deriveNotifications(days(5));
    const kinds = async (a: TActor) => (await mine(a)).filter((n) => n.kind.startsWith("colour_expiring")).map((n) => [n.kind, n.params.days]);
    expect(await kinds(p.official)).toEqual([["colour_expiring_7", 5], ["colour_expiring_30", 20]]);
    expect(await kinds(p.contractor)).toEqual([["colour_expiring_7", 5], ["colour_expiring_30", 20]]);
    expect(await kinds(p.otherOfficial)).toEqual([]);
    expect(await kinds(p.otherContractor)).toEqual([]);
  });

  it("a freeze reaches the ministry with its reason and the holders without it", async () => {
    const w = await buildWorld();
    const p = await people(w);
    await approveInvoice({ actor: w.alice, invoiceId: (await concreteInvoice(w)).id });
    const investigator = actorWithRole("investigator", null);
    const opened = await openCase({ actor: investigator, input: { title: "Suspected kickbacks" } });
    await setFreeze({ actor: investigator, input: { colourId: w.colour.id, organizationId: w.general.id, isFrozen: true, reason: "Kickback suspicion", caseId: opened.id } });
    await deriveNotifications();
    expect((await mine(p.official)).find((n) => n.kind === "account_frozen")?.params.reason).toBe("Kickback suspicion");
    // The company learns that its account is frozen, never why (docs/SECURITY.md), in the portal and by e-mail.
    const held = (await mine(p.contractor)).find((n) => n.kind === "account_frozen_holder");
    expect(held).toBeDefined();
    expect(JSON.stringify(held!.params)).not.toContain("Kickback");
    expect(await mine(p.otherContractor)).toEqual([]);
  });

  it("each user reads and marks only their own: another's reads as not found", async () => {
    const w = await buildWorld();
    const p = await people(w);
    await concreteInvoice(w);
    await concreteInvoice(w, { quantity: 5 });
    await deriveNotifications();
    expect(await unreadNotificationCount(p.official)).toBe(2);
    expect(await unreadNotificationCount(p.otherOfficial)).toBe(0);
    const [first] = await mine(p.official);
    await expect(markNotificationRead(p.otherOfficial, BigInt(first!.id))).rejects.toBeInstanceOf(NotFoundError);
    expect(await markAllNotificationsRead(p.otherOfficial)).toBe(0);
    expect(await unreadNotificationCount(p.official)).toBe(2);

    expect(await markNotificationRead(p.official, BigInt(first!.id))).toEqual({ link: first!.link });
    expect(await unreadNotificationCount(p.official)).toBe(1);
    expect((await listNotifications(p.official, { page: 1, filter: "unread" })).total).toBe(1);
    expect(await markAllNotificationsRead(p.official)).toBe(1);
    expect(await unreadNotificationCount(p.official)).toBe(0);
    expect((await listNotifications(p.official, { page: 1, filter: "all" })).total).toBe(2);
  });

  it("a deactivated user is not notified", async () => {
    const w = await buildWorld();
    const p = await people(w);
    await prisma().user.update({ where: { id: p.official.userId }, data: { isActive: false } });
    await concreteInvoice(w);
    await deriveNotifications();
    expect(await mine(p.official)).toEqual([]);
  });

  it("a case assigned by someone else: the assignee hears it once; taking a case oneself and non-investigators are refused or silent", async () => {
    await buildWorld();
    const lead = await user("investigator", null, "lead-investigator");
    const colleague = await user("investigator", null, "second-investigator");
    const official = await user("official", null, "not-an-investigator");
    const opened = await openCase({ actor: lead, input: { title: "Kickbacks on the school roof" } });
    expect((await prisma().investigationCase.findUniqueOrThrow({ where: { id: opened.id } })).assigneeId).toBe(lead.userId);
    await expect(assignCase({ actor: lead, caseId: opened.id, assigneeId: lead.userId })).rejects.toThrow(DomainError);
    await expect(assignCase({ actor: lead, caseId: opened.id, assigneeId: official.userId })).rejects.toThrow(DomainError);
    await expect(assignCase({ actor: lead, caseId: 999_999, assigneeId: colleague.userId })).rejects.toThrow(NotFoundError);

    await assignCase({ actor: lead, caseId: opened.id, assigneeId: colleague.userId });
    await deriveNotifications();
    expect((await mine(colleague)).map((n) => [n.kind, n.link, n.params.case, n.params.title, n.params.by])).toEqual([["case_assigned", `/cases/${opened.id}`, String(opened.id), "Kickbacks on the school roof", "lead-investigator"]]);
    expect(await mine(lead)).toEqual([]);
    expect(await deriveNotifications()).toBe(0);

    // Taking it back oneself is recorded in the history but is no news to the one who did it.
    await assignCase({ actor: lead, caseId: opened.id, assigneeId: lead.userId });
    await deriveNotifications();
    expect(await mine(lead)).toEqual([]);
    const events = await prisma().caseEvent.findMany({ where: { caseId: opened.id, kind: "assign" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.data)).toEqual([{ from: lead.userId, to: colleague.userId }, { from: colleague.userId, to: lead.userId }]);
  });
});
