import { formatDate } from "../dates";
import { formatTiyn } from "../money";
import { localizedName, type TLocale } from "../i18n";

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

/**
 * A name the notification stored (`project`, `issuer`, `company`) in the reader's language: notifications written
 * since decision 0230 carry the forms under `names.<key>` ({ ru, kk, en }); older ones only the name as it was.
 */
function storedName(p: Record<string, unknown>, key: "project" | "issuer" | "company", locale?: TLocale): string {
  const name = text(p[key]);
  const forms = (p.names && typeof p.names === "object" ? (p.names as Record<string, unknown>)[key] : null) as Record<string, unknown> | null;
  if (!locale || !name || !forms || typeof forms !== "object") return name;
  const form = (lang: string) => (typeof forms[lang] === "string" ? (forms[lang] as string) : null);
  return localizedName(locale, { name, nameRu: form("ru"), nameKk: form("kk"), nameEn: form("en") });
}

/** The values every kind's words use; a missing value is an empty text, never "undefined". Names in `locale` when given. */
export function notificationParams(raw: unknown, locale?: TLocale): Record<string, string | number> {
  const p = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const days = Number(p.days);
  return {
    number: text(p.number),
    amount: amount(p.amount),
    issuer: storedName(p, "issuer", locale),
    project: storedName(p, "project", locale),
    reason: text(p.reason),
    company: storedName(p, "company", locale),
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

export function notificationView(row: TNotificationRow, locale?: TLocale): TNotificationView {
  return {
    id: String(row.id),
    kind: isKind(row.kind) ? row.kind : "unknown",
    params: notificationParams(row.params, locale),
    link: safeLink(row.link),
    createdAt: row.createdAt,
    isRead: row.readAt !== null,
  };
}
