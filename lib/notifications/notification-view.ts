import { formatDate } from "../dates";
import { formatTiyn } from "../money";

// What a stored notification says, as a catalogue key and its values: pure, so the words are tested by table.

export const NOTIFICATION_KINDS = [
  "invoice_waiting",
  "invoice_paid",
  "invoice_rejected",
  "colour_expiring_30",
  "colour_expiring_7",
  "colour_frozen",
  "account_frozen",
  // The same freezes as the holding company reads them: without the investigator's reason.
  "colour_frozen_holder",
  "account_frozen_holder",
  "case_assigned",
] as const;
export type TNotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type TNotificationRow = {
  id: bigint;
  kind: string;
  params: unknown;
  link: string;
  createdAt: Date;
  readAt: Date | null;
};

export type TNotificationView = {
  id: string;
  kind: TNotificationKind | "unknown";
  /** Values for `notifications.kinds.<kind>`: amounts and dates already in the reader's format, counts as numbers. */
  params: Record<string, string | number>;
  link: string;
  createdAt: Date;
  isRead: boolean;
};

const isKind = (k: string): k is TNotificationKind => (NOTIFICATION_KINDS as readonly string[]).includes(k);

const text = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? String(v) : "");

function amount(v: unknown): string {
  try {
    return typeof v === "string" && /^-?\d+$/.test(v) ? formatTiyn(BigInt(v)) : "";
  } catch {
    return "";
  }
}

function day(v: unknown): string {
  if (typeof v !== "string") return "";
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? "" : formatDate(d);
}

/** The values every kind's words use; a missing value is an empty text, never "undefined". */
export function notificationParams(raw: unknown): Record<string, string | number> {
  const p = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const days = Number(p.days);
  return {
    number: text(p.number),
    amount: amount(p.amount),
    issuer: text(p.issuer),
    project: text(p.project),
    reason: text(p.reason),
    company: text(p.company),
    colour: text(p.colour),
    expiresOn: day(p.expiresAt),
    paidOn: day(p.paidAt),
    days: Number.isFinite(days) && days > 0 ? days : 0,
    case: text(p.case),
    title: text(p.title),
    by: text(p.by),
  };
}

/** Only links inside the portal are followed; anything else opens the notifications page. */
export const safeLink = (link: string): string => (link.startsWith("/") && !link.startsWith("//") && !link.startsWith("/\\") ? link : "/notifications");

export function notificationView(row: TNotificationRow): TNotificationView {
  return {
    id: String(row.id),
    kind: isKind(row.kind) ? row.kind : "unknown",
    params: notificationParams(row.params),
    link: safeLink(row.link),
    createdAt: row.createdAt,
    isRead: row.readAt !== null,
  };
}
