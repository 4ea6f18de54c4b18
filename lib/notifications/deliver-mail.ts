import "server-only";
import type { Transporter } from "nodemailer";
import { prisma } from "../db";
import type { TNotificationRow } from "./notification-view";
import { composeMail, mailLocale } from "./compose-mail";
import { mailSettings, type TMailSettings } from "./mail-settings";

// The outbox's sender (decision 0227). A sender claims due rows (SKIP LOCKED: two senders never take the same row;
// a claim lapses after CLAIM_MINUTES, so a sender that died does not hold a row for ever), sends each, and marks it
// sent; a failure is tried again later, backing off, and given up after MAX_ATTEMPTS (the notification stays in the
// portal). A row marked sent is never sent again. Each message carries a Message-ID made from the notification, so
// that even the one duplicate the outbox cannot rule out (the process dying between the server's "accepted" and
// the row's update) is recognisable as the same message.

export const MAX_ATTEMPTS = 6;
const CLAIM_MINUTES = 5;
const BATCH = 50;

/** Minutes to wait after the n-th failed attempt: 1, 2, 4, 8, 16 … */
export const retryDelayMinutes = (attempts: number): number => 2 ** Math.max(0, attempts - 1);

type TClaimed = { id: bigint; notification_id: bigint; user_id: number; attempts: number };

const holder = globalThis as unknown as { aiqynMailTransport?: { url: string; transport: Transporter } };

async function transportFor(settings: TMailSettings): Promise<Transporter> {
  if (holder.aiqynMailTransport?.url !== settings.smtpUrl) {
    const nodemailer = await import("nodemailer");
    holder.aiqynMailTransport = { url: settings.smtpUrl, transport: nodemailer.createTransport(settings.smtpUrl) };
  }
  return holder.aiqynMailTransport.transport;
}

export type TDeliveryResult = { sent: number; retried: number; failed: number; skipped: number };

/**
 * Sends what is due in the outbox; answers what happened. Nothing when e-mail is not configured. `transport` and
 * `settings` are for tests (a local catcher); the server uses SMTP_URL.
 */
export async function deliverMail({ now = new Date(), settings = mailSettings(), transport }: { now?: Date; settings?: TMailSettings | null; transport?: Transporter } = {}): Promise<TDeliveryResult> {
  const result: TDeliveryResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  if (!settings) return result;
  const db = prisma();
  const claimed = await db.$queryRaw<TClaimed[]>`
    UPDATE mail_outbox o SET claimed_until = ${now}::timestamptz + make_interval(mins => ${CLAIM_MINUTES}), attempts = o.attempts + 1
     WHERE o.id IN (SELECT id FROM mail_outbox
                     WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${now}
                       AND (claimed_until IS NULL OR claimed_until < ${now})
                     ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING o.id, o.notification_id, o.user_id, o.attempts`;
  if (claimed.length === 0) return result;
  const [notifications, users] = await Promise.all([
    db.notification.findMany({ where: { id: { in: claimed.map((c) => c.notification_id) } } }),
    db.user.findMany({ where: { id: { in: claimed.map((c) => c.user_id) } }, select: { id: true, email: true, name: true, locale: true, isActive: true, emailNotifications: true } }),
  ]);
  const sender = transport ?? (await transportFor(settings));
  for (const row of claimed) {
    const notification = notifications.find((n) => n.id === row.notification_id);
    const user = users.find((u) => u.id === row.user_id);
    // Deactivated, or turned e-mail off after it was queued: not sent, and not tried again.
    if (!notification || !user || !user.isActive || !user.emailNotifications) {
      await db.mailOutbox.updateMany({ where: { id: row.id, sentAt: null }, data: { failedAt: now, claimedUntil: null, lastError: "skipped: no longer wanted" } });
      result.skipped++;
      continue;
    }
    const mail = composeMail({ row: notification as TNotificationRow, locale: mailLocale(user.locale), portalUrl: settings.portalUrl, userName: user.name });
    try {
      await sender.sendMail({
        from: settings.from,
        to: { name: user.name, address: user.email },
        subject: mail.subject,
        text: mail.text,
        messageId: `<notification-${notification.id}@aiqyn>`,
        headers: { "Auto-Submitted": "auto-generated" },
      });
      await db.mailOutbox.updateMany({ where: { id: row.id, sentAt: null }, data: { sentAt: new Date(), claimedUntil: null, lastError: null } });
      result.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (row.attempts >= MAX_ATTEMPTS) {
        await db.mailOutbox.updateMany({ where: { id: row.id, sentAt: null }, data: { failedAt: now, claimedUntil: null, lastError: message } });
        result.failed++;
      } else {
        const next = new Date(now.getTime() + retryDelayMinutes(row.attempts) * 60_000);
        await db.mailOutbox.updateMany({ where: { id: row.id, sentAt: null }, data: { nextAttemptAt: next, claimedUntil: null, lastError: message } });
        result.retried++;
      }
    }
  }
  return result;
}
