import "server-only";
import { env } from "../env";
import { logUnexpected } from "../errors";
import { onLedgerEvent } from "../ledger/events";
import { deriveNotifications } from "./derive-notifications";
import { deliverMail } from "./deliver-mail";

// When notifications are derived (decision 0177): a moment after the ledger reports a movement (a payment's
// "paid", a freeze), and every minute for what moves no money (a submitted or rejected invoice, a colour entering
// its last 30 or 7 days). Off under tests (NODE_ENV=test: the tests derive when they mean to); one timer and one
// subscription per process however often startup runs; neither keeps a CLI process alive.

const SWEEP_EVERY_MS = 60_000;
const AFTER_EVENT_MS = 1_500;
const holder = globalThis as unknown as { aiqynNotificationTimer?: ReturnType<typeof setInterval>; aiqynNotificationSoon?: ReturnType<typeof setTimeout> | null };
let running = false;

function sweep(): void {
  if (running) return;
  running = true;
  // Then the e-mails they queued, where SMTP is configured (decision 0227; deliverMail does nothing otherwise).
  deriveNotifications()
    .then(() => deliverMail())
    .catch((error) => logUnexpected(error, "deriving notifications"))
    .finally(() => {
      running = false;
    });
}

function enabled(): boolean {
  try {
    return env().NODE_ENV !== "test";
  } catch {
    return false; // `next build` imports this with no configuration, and never runs it.
  }
}

/** Subscribes to the ledger's events and starts the periodic derivation (lib/startup.ts). */
export function scheduleNotifications(): void {
  onLedgerEvent("notifications", () => {
    if (holder.aiqynNotificationSoon || !enabled()) return;
    holder.aiqynNotificationSoon = setTimeout(() => {
      holder.aiqynNotificationSoon = null;
      sweep();
    }, AFTER_EVENT_MS);
    holder.aiqynNotificationSoon.unref();
  });
  setTimeout(() => {
    if (holder.aiqynNotificationTimer || !enabled()) return;
    holder.aiqynNotificationTimer = setInterval(sweep, SWEEP_EVERY_MS);
    holder.aiqynNotificationTimer.unref();
  }, 0).unref();
}
