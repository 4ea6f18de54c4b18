import "server-only";
import { env } from "../env";

// Whether notifications are also sent by e-mail (decision 0227): only when SMTP_URL is set. Without it nothing is
// queued and nothing is sent.

export type TMailSettings = { smtpUrl: string; from: string; portalUrl: string | null };

export function mailSettings(): TMailSettings | null {
  let e;
  try {
    e = env();
  } catch {
    return null; // `next build` imports this with no configuration, and never sends.
  }
  if (!e.SMTP_URL) return null;
  return { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, portalUrl: e.PORTAL_URL ?? null };
}

export const isMailConfigured = (): boolean => mailSettings() !== null;
