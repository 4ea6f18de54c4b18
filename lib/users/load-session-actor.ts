import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { loadActor } from "./load-actor";
import { idleSeconds, isWithinAbsoluteLifetime } from "./session-lifetime";

// A session's "last active" is written at most once a minute: every request reads the row, few write it.
const TOUCH_AFTER_MS = 60_000;

export type TSessionClaims = { userId: number; sessionVersion: number; sessionId: string | null | undefined; signedInAt: number | undefined };

/**
 * The acting user of a session token, or null when the session is over: the user is deactivated or signed out
 * everywhere (session version), the token is past its absolute lifetime, or its user_session row is missing,
 * ended (sign-out, "sign out everywhere else"), idle too long or expired. Called on every request (decision 0064).
 */
export async function loadSessionActor(claims: TSessionClaims, now = new Date()): Promise<TActor | null> {
  const { userId, sessionVersion, sessionId, signedInAt } = claims;
  if (!sessionId || !isWithinAbsoluteLifetime(signedInAt, now.getTime())) return null;
  const [actor, session] = await Promise.all([
    loadActor(userId, sessionVersion),
    prisma().userSession.findUnique({ where: { id: sessionId }, select: { userId: true, endedAt: true, expiresAt: true, lastSeenAt: true } }),
  ]);
  if (!actor || !session || session.userId !== userId || session.endedAt) return null;
  if (session.expiresAt <= now || session.lastSeenAt.getTime() + idleSeconds() * 1000 <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_AFTER_MS) {
    await prisma().userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { lastSeenAt: now } });
  }
  return actor;
}
