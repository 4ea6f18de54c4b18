import "server-only";
import { prisma } from "../db";
import { isMailConfigured } from "./mail-settings";

// Notifications are derived from what happened, never written by the code that made it happen (decision 0177):
// each statement below inserts, for every event of its kind inside a recent window, one row per user who should
// hear of it, and skips any (user, key) already notified. Deriving again — after the next ledger event, on the next
// tick of the periodic job, in two processes at once — never notifies twice, and nothing in the ledger or the
// invoice services knows this exists. A notification is dated when its event happened (decision 0277): the paid
// invoice at its payment, the freeze at the freeze; a notice about what is coming (a colour expiring) when derived.

/** How far back an event is still news: older events are not notified on a first run over existing data. */
export const NOTIFY_WINDOW_DAYS = 14;

/** Active users with their role and organisation: each statement picks a ministry's officials or a company's users. */
const RECIPIENTS = `SELECT u.id AS user_id, u.role, u.organization_id FROM app_user u WHERE u.is_active`;

/** A row's name in the three languages, for a notification's `names` param (`alias` is the row's table alias). */
const NAMES = (alias: string) => `jsonb_build_object('ru', ${alias}.name_ru, 'kk', ${alias}.name_kk, 'en', ${alias}.name_en)`;

/** With `recent` below, `$1` is now and `$2` the window: an event at or after this moment is still news. */
const WINDOW_START = "$1::timestamptz - make_interval(days => $2)";

/**
 * Inserts the rows of `select` (user_id, kind, key, params, link, created_at) as notifications, skipping any (user,
 * key) already notified, and, when e-mail is on, queues an e-mail for each row it inserted whose user wants e-mail —
 * one statement, so the notification and its outbox row commit together or not at all, and a notification that
 * already existed (the conflict) is never mailed again. Answers the notifications inserted.
 */
async function insertNotifications(mail: boolean, select: string, ...params: unknown[]): Promise<number> {
  const flag = `$${params.length + 1}::boolean`;
  const rows = await prisma().$queryRawUnsafe<{ n: number }[]>(
    `WITH inserted AS (INSERT INTO notification (user_id, kind, key, params, link, created_at) ${select}
                       ON CONFLICT (user_id, key) DO NOTHING RETURNING id, user_id),
          queued AS (INSERT INTO mail_outbox (notification_id, user_id)
                     SELECT i.id, i.user_id FROM inserted i JOIN app_user u ON u.id = i.user_id
                      WHERE ${flag} AND u.email_notifications
                     ON CONFLICT (notification_id) DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM inserted`,
    ...params,
    mail,
  );
  return rows[0]?.n ?? 0;
}

/** Notifications of events inside the window (NOTIFY_WINDOW_DAYS before `now`): `select` bounds them by WINDOW_START. */
const recent = (now: Date, mail: boolean, select: string) => insertNotifications(mail, select, now, NOTIFY_WINDOW_DAYS);

/** An invoice waits for the paying side: the project's ministry's officials, or the paying contractor's users. */
async function invoicesWaiting(now: Date, mail: boolean): Promise<number> {
  return recent(
    now,
    mail,
    `SELECT r.user_id, 'invoice_waiting', 'invoice_waiting:' || i.id,
            jsonb_build_object('number', i.number, 'amount', i.total_tiyn::text, 'issuer', o.name, 'project', p.name,
                               'names', jsonb_build_object('issuer', ${NAMES("o")}, 'project', ${NAMES("p")})),
            CASE WHEN c.payer_id IS NULL THEN '/invoices/' || i.id ELSE '/company/invoices/' || i.id END,
            i.submitted_at
       FROM invoice i
       JOIN contract c ON c.id = i.contract_id
       JOIN project p ON p.id = c.project_id
       JOIN organization o ON o.id = i.issuer_id
       JOIN (${RECIPIENTS}) r
         ON (c.payer_id IS NULL AND r.role = 'official' AND r.organization_id = p.ministry_id)
         OR (c.payer_id IS NOT NULL AND r.role = 'contractor' AND r.organization_id = c.payer_id)
      WHERE i.status IN ('submitted', 'approved') AND i.submitted_at >= ${WINDOW_START}`,
  );
}

/** A paid invoice: its issuer's users hear that the money arrived. */
async function invoicesPaid(now: Date, mail: boolean): Promise<number> {
  return recent(
    now,
    mail,
    `SELECT r.user_id, 'invoice_paid', 'invoice_paid:' || i.id,
            jsonb_build_object('number', i.number, 'amount', i.total_tiyn::text, 'paidAt', i.paid_at),
            '/company/invoices/' || i.id,
            i.paid_at
       FROM invoice i
       JOIN (${RECIPIENTS}) r ON r.role = 'contractor' AND r.organization_id = i.issuer_id
      WHERE i.status = 'paid' AND i.paid_at >= ${WINDOW_START}`,
  );
}

/** A rejected invoice: its issuer's users hear it, with the reason the official gave. */
async function invoicesRejected(now: Date, mail: boolean): Promise<number> {
  return recent(
    now,
    mail,
    `SELECT r.user_id, 'invoice_rejected', 'invoice_rejected:' || i.id,
            jsonb_build_object('number', i.number, 'amount', i.total_tiyn::text, 'reason', coalesce(d.reason, '')),
            '/company/invoices/' || i.id,
            d.decided_at
       FROM invoice i
       JOIN LATERAL (SELECT reason, decided_at FROM invoice_decision
                      WHERE invoice_id = i.id AND decision = 'reject' ORDER BY decided_at DESC LIMIT 1) d ON true
       JOIN (${RECIPIENTS}) r ON r.role = 'contractor' AND r.organization_id = i.issuer_id
      WHERE i.status = 'rejected' AND d.decided_at >= ${WINDOW_START}`,
  );
}

/**
 * A colour expiring within `days` (and, for the 30-day notice, not yet within 7): the project's ministry's officials
 * and the users of every company still holding money in it.
 */
async function coloursExpiring(now: Date, days: 30 | 7, mail: boolean): Promise<number> {
  const after = days === 30 ? 7 : 0;
  return insertNotifications(
    mail,
    `SELECT r.user_id, 'colour_expiring_${days}', 'colour_expiring_${days}:' || col.id,
            jsonb_build_object('colour', col.id, 'project', p.name, 'expiresAt', col.expires_at, 'names', jsonb_build_object('project', ${NAMES("p")}),
                               'days', greatest(1, ceil(extract(epoch FROM col.expires_at - $1::timestamptz) / 86400))::int),
            CASE WHEN r.role = 'official' THEN '/projects/' || p.id ELSE '/company' END,
            $1::timestamptz
       FROM colour col
       JOIN project p ON p.id = col.project_id
       JOIN (${RECIPIENTS}) r
         ON (r.role = 'official' AND r.organization_id = p.ministry_id)
         OR (r.role = 'contractor' AND EXISTS (SELECT 1 FROM account a WHERE a.colour_id = col.id
               AND a.holder_kind = 'company' AND a.organization_id = r.organization_id AND a.balance_tiyn > 0))
      WHERE NOT col.is_closed
        AND col.expires_at > $1::timestamptz + make_interval(days => $2)
        AND col.expires_at <= $1::timestamptz + make_interval(days => $3)`,
    now,
    after,
    days,
  );
}

/**
 * A colour, or one company's account in it, frozen by an investigator: the project's ministry's officials and the
 * companies holding it (for an account, that company), with the stated reason.
 */
async function freezes(now: Date, mail: boolean): Promise<number> {
  return recent(
    now,
    mail,
    `SELECT r.user_id,
            -- The ministry's officials read the investigator's reason; the holders only that it is frozen: a
            -- contractor never learns why (docs/SECURITY.md, "Learn why its money is frozen").
            CASE WHEN f.organization_id IS NULL THEN 'colour_frozen' ELSE 'account_frozen' END || CASE WHEN r.role = 'official' THEN '' ELSE '_holder' END,
            'freeze:' || f.id,
            jsonb_build_object('colour', col.id, 'project', p.name, 'company', coalesce(o.name, ''),
                               'names', jsonb_build_object('project', ${NAMES("p")}, 'company', ${NAMES("o")}))
              || CASE WHEN r.role = 'official' THEN jsonb_build_object('reason', f.reason) ELSE '{}'::jsonb END,
            CASE WHEN r.role = 'official' THEN '/projects/' || p.id ELSE '/company' END,
            f.at
       FROM freeze_event f
       JOIN colour col ON col.id = f.colour_id
       JOIN project p ON p.id = col.project_id
       LEFT JOIN organization o ON o.id = f.organization_id
       JOIN (${RECIPIENTS}) r
         ON (r.role = 'official' AND r.organization_id = p.ministry_id)
         OR (r.role = 'contractor' AND f.organization_id IS NOT NULL AND r.organization_id = f.organization_id)
         OR (r.role = 'contractor' AND f.organization_id IS NULL AND EXISTS (SELECT 1 FROM account a
               WHERE a.colour_id = col.id AND a.holder_kind = 'company' AND a.organization_id = r.organization_id))
      WHERE f.is_frozen AND f.at >= ${WINDOW_START}`,
  );
}

/** A case handed to an investigator by someone else: the assignee hears it (taking a case oneself is no news). */
async function casesAssigned(now: Date, mail: boolean): Promise<number> {
  return recent(
    now,
    mail,
    `SELECT r.user_id, 'case_assigned', 'case_assigned:' || e.id,
            jsonb_build_object('case', c.id, 'title', c.title, 'by', coalesce(a.name, '')),
            '/cases/' || c.id,
            e.at
       FROM case_event e
       JOIN investigation_case c ON c.id = e.case_id
       LEFT JOIN app_user a ON a.id = e.actor_id
       JOIN (${RECIPIENTS}) r ON r.role = 'investigator' AND r.user_id = (e.data->>'to')::int
      WHERE e.kind = 'assign' AND r.user_id <> e.actor_id AND e.at >= ${WINDOW_START}`,
  );
}

/**
 * Derives every notification due at `now`; answers how many were new. Idempotent and safe to run concurrently.
 * With `mail` (the portal has SMTP settings: decision 0227) each new notification of a user who wants e-mail also
 * gets its row in the outbox, in the same statement.
 */
export async function deriveNotifications(now: Date = new Date(), { mail = isMailConfigured() }: { mail?: boolean } = {}): Promise<number> {
  let created = 0;
  created += await invoicesWaiting(now, mail);
  created += await invoicesPaid(now, mail);
  created += await invoicesRejected(now, mail);
  created += await coloursExpiring(now, 30, mail);
  created += await coloursExpiring(now, 7, mail);
  created += await freezes(now, mail);
  created += await casesAssigned(now, mail);
  return created;
}
