import "server-only";
import type { TActor } from "../actor";
import type { TLocale } from "../i18n";
import { prisma } from "../db";
import { NotFoundError } from "../errors";
import { pageWindow, toPage, type TPage } from "../pagination";
import { notificationView, safeLink, type TNotificationRow, type TNotificationView } from "./notification-view";

// A user's own notifications, and nothing else: every read and write here is by the actor's user id, so another
// user's notification reads as one that does not exist (decision 0177).

export type TNotificationFilter = "all" | "unread";

export async function unreadNotificationCount(actor: TActor): Promise<number> {
  if (actor.isSystem) return 0;
  return prisma().notification.count({ where: { userId: actor.userId, readAt: null } });
}

/** One page of the actor's notifications, newest first. */
export async function listNotifications(actor: TActor, opts: { page: number; filter: TNotificationFilter; locale?: TLocale }): Promise<TPage<TNotificationView>> {
  const where = { userId: actor.userId, ...(opts.filter === "unread" ? { readAt: null } : {}) };
  const [rows, total] = await Promise.all([
    prisma().notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(opts.page) }),
    prisma().notification.count({ where }),
  ]);
  return toPage(rows.map((r) => notificationView(r as TNotificationRow, opts.locale)), total, opts.page);
}

/** The newest few, for the home page. */
export async function latestNotifications(actor: TActor, take = 5, locale?: TLocale): Promise<TNotificationView[]> {
  const rows = await prisma().notification.findMany({ where: { userId: actor.userId, readAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take });
  return rows.map((r) => notificationView(r as TNotificationRow, locale));
}

/** Marks one of the actor's notifications read (again: no change); another user's is "not found". */
export async function markNotificationRead(actor: TActor, id: bigint, now = new Date()): Promise<{ link: string }> {
  const found = await prisma().notification.findFirst({ where: { id, userId: actor.userId }, select: { link: true, readAt: true } });
  if (!found) throw new NotFoundError("notification");
  if (!found.readAt) await prisma().notification.updateMany({ where: { id, userId: actor.userId, readAt: null }, data: { readAt: now } });
  return { link: safeLink(found.link) };
}

/** Marks all of the actor's unread notifications read; answers how many. */
export async function markAllNotificationsRead(actor: TActor, now = new Date()): Promise<number> {
  const { count } = await prisma().notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: now } });
  return count;
}
