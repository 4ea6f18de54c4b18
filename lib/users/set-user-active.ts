import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";

/** Deactivating also ends every session of the user at once (sessionVersion moves on). */
export async function setUserActive({ actor, userId, isActive }: { actor: TActor; userId: number; isActive: boolean }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  if (!isActive && userId === actor.userId) throw new DomainError("CANNOT_DEACTIVATE_SELF");
  return prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("user");
    const updated = await tx.user.update({
      where: { id: userId },
      data: isActive
        ? { isActive: true, deactivatedAt: null }
        : { isActive: false, deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    if (!isActive) await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date(), endedReason: "deactivated" } });
    await writeAudit({ actorId: actor.userId, action: isActive ? "user.reactivate" : "user.deactivate", subject: user.email }, tx);
    return updated;
  });
}

/** "Sign out on all devices": every token issued before now stops working. */
export async function endAllSessions({ actor }: { actor: TActor }) {
  await prisma().$transaction([
    prisma().user.update({ where: { id: actor.userId }, data: { sessionVersion: { increment: 1 } } }),
    prisma().userSession.updateMany({ where: { userId: actor.userId, endedAt: null }, data: { endedAt: new Date(), endedReason: "signed_out_everywhere" } }),
  ]);
  await writeAudit({ actorId: actor.userId, action: "user.sign_out_everywhere", subject: actor.email });
}
