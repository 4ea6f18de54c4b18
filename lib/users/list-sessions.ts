import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { describeUserAgent } from "./describe-user-agent";
import { idleSeconds } from "./session-lifetime";

export type TSessionRow = {
  id: string;
  device: { browser: string; os: string } | null;
  address: string;
  signedInAt: Date;
  lastActiveAt: Date;
  isCurrent: boolean;
};

/** The actor's sessions that could still be used (not ended, idle or past their end), this one first, then the latest. */
export async function listSessions({ actor, currentSessionId, now = new Date() }: { actor: TActor; currentSessionId: string | null; now?: Date }): Promise<TSessionRow[]> {
  const rows = await prisma().userSession.findMany({
    where: { userId: actor.userId, endedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - idleSeconds() * 1000) } },
    orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }],
    take: 100,
  });
  return rows
    .map((r) => ({
      id: r.id,
      device: describeUserAgent(r.userAgent),
      address: r.address,
      signedInAt: r.createdAt,
      lastActiveAt: r.lastSeenAt,
      isCurrent: r.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent));
}
