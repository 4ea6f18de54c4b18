import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { deliverMail } from "../../lib/notifications/deliver-mail";
import type { TMailSettings } from "../../lib/notifications/mail-settings";
import { deriveNotifications } from "../../lib/notifications/derive-notifications";
import { buildWorld, concreteInvoice } from "../support/ledger-fixtures";

// Notifications by e-mail where SMTP is configured (issue 19, decision 0227), against a local mail catcher: an
// invoice waiting for approval reaches the official as one e-mail, in their language, however often the
// notifications are derived and the outbox is delivered; a failed delivery is tried again later; a user who turned
// e-mail off, or a portal without SMTP, sends nothing.

type TCaught = { to: string[]; raw: string };

/** A local SMTP server that keeps every message; `refuse` makes it answer the next n messages with a 451. */
async function catcher() {
  const caught: TCaught[] = [];
  const state = { refuse: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.refuse > 0) {
          state.refuse--;
          const error = Object.assign(new Error("try again later"), { responseCode: 451 });
          return callback(error);
        }
        caught.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const settings: TMailSettings = { smtpUrl: `smtp://127.0.0.1:${port}`, from: "Aiqyn <no-reply@aiqyn.test>", portalUrl: "https://aiqyn.test" };
  return { caught, state, settings, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The text of a single-part message, its transfer encoding undone (quoted-printable or base64). */
function bodyOf(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head ?? "")?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => `%${h}`);
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

let close: (() => Promise<void>) | null = null;
afterEach(async () => {
  await close?.();
  close = null;
});

async function officials(ministryId: number) {
  const make = (email: string, data: { locale?: string; emailNotifications?: boolean }) =>
    prisma().user.create({ data: { email, name: email.split("@")[0]!, passwordHash: "-", role: "official", organizationId: ministryId, ...data } });
  return { kk: await make("aigerim@test.kz", { locale: "kk" }), off: await make("quiet@test.kz", { emailNotifications: false }) };
}

describe("notifications by e-mail", () => {
  it("an invoice waiting for approval arrives as one e-mail in the official's language, however often the jobs run", async () => {
    const mail = await catcher();
    close = mail.close;
    const w = await buildWorld();
    const who = await officials(w.ministry.id);
    const invoice = await concreteInvoice(w);

    // Derived three times (the next tick, a second process): one notification, one outbox row per user who wants mail.
    await Promise.all([deriveNotifications(new Date(), { mail: true }), deriveNotifications(new Date(), { mail: true })]);
    await deriveNotifications(new Date(), { mail: true });
    const waiting = await prisma().notification.findMany({ where: { kind: "invoice_waiting" } });
    expect(waiting.map((n) => n.userId).sort()).toEqual([who.kk.id, who.off.id].sort());
    const queued = await prisma().mailOutbox.findMany();
    expect(queued.map((q) => q.userId)).toEqual([who.kk.id]);

    // Two senders at once, then again: the catcher gets exactly one message.
    const results = await Promise.all([deliverMail({ settings: mail.settings }), deliverMail({ settings: mail.settings })]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect((await deliverMail({ settings: mail.settings })).sent).toBe(0);
    expect(mail.caught).toHaveLength(1);
    const [message] = mail.caught;
    expect(message!.to).toEqual(["aigerim@test.kz"]);
    expect(message!.raw).toMatch(new RegExp(`Message-ID: <notification-${waiting.find((n) => n.userId === who.kk.id)!.id}@aiqyn>`, "i"));
    const text = bodyOf(message!.raw);
    expect(text).toContain("Сәлеметсіз бе, aigerim.");
    expect(text).toContain(invoice.number);
    expect(text).toContain(`https://aiqyn.test/invoices/${invoice.id}`);
    expect(text).toContain("https://aiqyn.test/account/security");
    expect((await prisma().mailOutbox.findFirstOrThrow()).sentAt).not.toBeNull();
  });

  it("a refused delivery is tried again later, then sent once", async () => {
    const mail = await catcher();
    close = mail.close;
    const w = await buildWorld();
    await officials(w.ministry.id);
    await concreteInvoice(w);
    await deriveNotifications(new Date(), { mail: true });
    mail.state.refuse = 1;
    const now = new Date();
    expect(await deliverMail({ now, settings: mail.settings })).toMatchObject({ sent: 0, retried: 1 });
    const row = await prisma().mailOutbox.findFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(row.lastError).toMatch(/try again later/);
    // Not before its time: nothing is due a moment later.
    expect((await deliverMail({ now: new Date(now.getTime() + 1_000), settings: mail.settings })).sent).toBe(0);
    expect(await deliverMail({ now: row.nextAttemptAt, settings: mail.settings })).toMatchObject({ sent: 1 });
    expect(mail.caught).toHaveLength(1);
    expect((await deliverMail({ now: new Date(now.getTime() + 3_600_000), settings: mail.settings })).sent).toBe(0);
    expect(mail.caught).toHaveLength(1);
  });

  it("without SMTP settings nothing is queued or sent; turning e-mail off after queuing skips it", async () => {
    const mail = await catcher();
    close = mail.close;
    const w = await buildWorld();
    const who = await officials(w.ministry.id);
    await concreteInvoice(w);
    await deriveNotifications(new Date(), { mail: false });
    expect(await prisma().notification.count({ where: { kind: "invoice_waiting" } })).toBe(2);
    expect(await prisma().mailOutbox.count()).toBe(0);
    expect(await deliverMail({ settings: null })).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });

    // A second invoice, queued while on; the user turns e-mail off before the sender runs.
    await concreteInvoice(w, { quantity: 10 });
    await deriveNotifications(new Date(), { mail: true });
    expect(await prisma().mailOutbox.count()).toBe(1);
    await prisma().user.update({ where: { id: who.kk.id }, data: { emailNotifications: false } });
    expect(await deliverMail({ settings: mail.settings })).toMatchObject({ sent: 0, skipped: 1 });
    expect(mail.caught).toHaveLength(0);
  });
});
