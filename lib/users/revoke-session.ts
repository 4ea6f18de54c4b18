import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit";

/** How long a session lasts without activity (Auth.js `session.maxAge`). */
export const SESSION_MAX_AGE_SECONDS = 8 * 3600;

/**
 * Ends one session (sign-out): its id is refused from now on, so a cookie re-issued by a request that was still in
 * flight cannot bring it back. Kept an hour past the longest a token with this id can live; older rows go.
 */
export async function revokeSession({ sessionId, userId }: { sessionId: string; userId: number }) {
  const expiresAt = new Date(Date.now() + (SESSION_MAX_AGE_SECONDS + 3600) * 1000);
  await prisma().$transaction([
    prisma().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    prisma().revokedSession.upsert({ where: { id: sessionId }, create: { id: sessionId, userId, expiresAt }, update: {} }),
  ]);
  await writeAudit({ actorId: userId, action: "user.sign_out", subject: String(userId) });
}
