import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { NotFoundError } from "../errors";

/**
 * Ends one of the actor's own sessions (sign-out here, or "sign out" of another device on the sessions page). The
 * row stays, ended, until the session's absolute end, so a token re-issued by a request still in flight, or
 * stolen, is refused for as long as it could live. Another user's session reads as "not found".
 */
export async function endSession({ actor, sessionId }: { actor: TActor; sessionId: string }) {
  const ended = await prisma().userSession.updateMany({
    where: { id: sessionId, userId: actor.userId, endedAt: null },
    data: { endedAt: new Date(), endedReason: "signed_out" },
  });
  if (ended.count === 0) {
    const mine = await prisma().userSession.count({ where: { id: sessionId, userId: actor.userId } });
    if (mine === 0) throw new NotFoundError("session");
    return;
  }
  await writeAudit({ actorId: actor.userId, action: "user.sign_out", subject: actor.email, details: { sessionId } });
}

/** "Sign out everywhere else": every other open session of the actor ends; this one goes on. */
export async function endOtherSessions({ actor, currentSessionId }: { actor: TActor; currentSessionId: string }) {
  const ended = await prisma().userSession.updateMany({
    where: { userId: actor.userId, endedAt: null, id: { not: currentSessionId } },
    data: { endedAt: new Date(), endedReason: "signed_out_elsewhere" },
  });
  await writeAudit({ actorId: actor.userId, action: "user.sign_out_others", subject: actor.email, details: { sessionId: currentSessionId, ended: ended.count } });
  return ended.count;
}

/** A browser signed in again: the session its cookie held is replaced by the new one and ends (ASVS 7.2.4). */
export async function endReplacedSession(actor: TActor, sessionId: string) {
  const ended = await prisma().userSession.updateMany({ where: { id: sessionId, userId: actor.userId, endedAt: null }, data: { endedAt: new Date(), endedReason: "replaced" } });
  if (ended.count > 0) await writeAudit({ actorId: actor.userId, action: "user.session_replaced", subject: actor.email, details: { sessionId } });
}
