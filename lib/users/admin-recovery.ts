import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { newOneTimePassword, oneTimePasswordExpiry } from "./one-time-password";
import { hashPassword } from "../security/password";

// What an administrator does for a user who lost a second factor or a device (decision 0079, ASVS 6.4.4, 7.4.5).

/**
 * A user lost their authenticator and recovery codes. The administrator, having checked who is asking the way the
 * account was first handed over, removes the second factor and its recovery codes AND issues a one-time password:
 * whoever holds only the old password cannot enrol a new factor. Every session ends. Not on one's own account:
 * another administrator must do it.
 */
export async function resetSecondFactor({ actor, userId }: { actor: TActor; userId: number }): Promise<{ email: string; oneTimePassword: string }> {
  if (actor.role !== "admin") throw new ForbiddenError();
  if (userId === actor.userId) throw new DomainError("CANNOT_RESET_OWN_SECOND_FACTOR");
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, include: { secondFactor: true } });
    if (!user) throw new NotFoundError("user");
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.secondFactor.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, oneTimePasswordExpiresAt: oneTimePasswordExpiry(), sessionVersion: { increment: 1 } },
    });
    await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date(), endedReason: "second_factor_reset" } });
    await writeAudit({ actorId: actor.userId, action: "user.second_factor_reset", subject: user.email, details: { hadSecondFactor: Boolean(user.secondFactor?.confirmedAt) } }, tx);
    return { email: user.email, oneTimePassword };
  });
}

/** A device was lost or stolen: every open session of the user ends now; the account and its password stay. */
export async function endUserSessions({ actor, userId }: { actor: TActor; userId: number }): Promise<{ email: string; ended: number }> {
  if (actor.role !== "admin") throw new ForbiddenError();
  if (userId === actor.userId) throw new DomainError("CANNOT_END_OWN_SESSIONS_HERE");
  return prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("user");
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    const { count } = await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date(), endedReason: "ended_by_admin" } });
    await writeAudit({ actorId: actor.userId, action: "user.sessions_ended", subject: user.email, details: { ended: count } }, tx);
    return { email: user.email, ended: count };
  });
}
