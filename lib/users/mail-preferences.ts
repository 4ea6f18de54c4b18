import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { isLocale, type TLocale } from "../i18n";

// A user's e-mail choices (decision 0227): whether notifications also come by e-mail, and the language they are
// written in (the one the user last chose while signed in). Each reads and writes the actor's own row only.

export async function emailPreference(actor: TActor): Promise<{ isOn: boolean; email: string }> {
  const user = await prisma().user.findUnique({ where: { id: actor.userId }, select: { emailNotifications: true, email: true } });
  return { isOn: user?.emailNotifications ?? false, email: user?.email ?? actor.email };
}

/** Turns the actor's e-mail notifications on or off; remembers the language they use now for the e-mails. */
export async function setEmailNotifications({ actor, isOn, locale }: { actor: TActor; isOn: boolean; locale: TLocale }): Promise<void> {
  if (actor.isSystem) return;
  await prisma().user.update({ where: { id: actor.userId }, data: { emailNotifications: isOn, locale } });
  // Queued e-mails of a user who turned them off are skipped by the sender (lib/notifications/deliver-mail.ts).
}

/** The language a signed-in user switched to: their e-mails follow it. Anyone else: nothing is stored. */
export async function rememberLocale(actor: TActor | null, locale: unknown): Promise<void> {
  if (!actor || actor.isSystem || !isLocale(locale)) return;
  await prisma().user.updateMany({ where: { id: actor.userId, locale: { not: locale } }, data: { locale } });
}
