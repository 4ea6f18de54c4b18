import { isLocale, translator, DEFAULT_LOCALE, type TLocale } from "../i18n";
import { notificationView, type TNotificationRow } from "./notification-view";

// What one notification's e-mail says, in the recipient's language (decision 0227): the same sentence as in the
// portal, the link to open it, and where to turn e-mail off. Pure: tested by table.

export type TMail = { subject: string; text: string };

/** The user's stored language, or the portal's default when they never chose one. */
export const mailLocale = (stored: string | null | undefined): TLocale => (isLocale(stored) ? stored : DEFAULT_LOCALE);

/** An address the reader can open: the portal's own URL before the path when it is known, else the path. */
export function absoluteLink(portalUrl: string | null, path: string): string {
  return portalUrl ? `${portalUrl.replace(/\/+$/, "")}${path}` : path;
}

export function composeMail({ row, locale, portalUrl, userName }: { row: TNotificationRow; locale: TLocale; portalUrl: string | null; userName: string }): TMail {
  const t = translator(locale);
  const view = notificationView(row, locale);
  const sentence = t(`notifications.kinds.${view.kind}` as never, view.params);
  // A subject is one line: the sentence, cut at a readable length (the body has it whole).
  const oneLine = sentence.replace(/\s+/g, " ").trim();
  const subject = `${t("mail.subjectPrefix")} ${oneLine.length > 120 ? `${oneLine.slice(0, 119)}…` : oneLine}`;
  const text = [
    t("mail.greeting", { name: userName }),
    "",
    sentence,
    "",
    t("mail.open", { link: absoluteLink(portalUrl, view.link) }),
    "",
    "-- ",
    t("mail.footer", { link: absoluteLink(portalUrl, "/account/security") }),
  ].join("\n");
  return { subject, text };
}
