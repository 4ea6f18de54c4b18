import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { newOneTimePassword, oneTimePasswordExpiry } from "./one-time-password";
import { hashPassword } from "../security/password";

/**
 * An administrator resets a user's password: a new one-time password, shown to the administrator once, that must
 * be changed at the next sign-in. The user's sessions end. The second factor stays: a reset is no way around it.
 */
export async function resetPassword({ actor, userId }: { actor: TActor; userId: number }): Promise<{ email: string; oneTimePassword: string }> {
  if (actor.role !== "admin") throw new ForbiddenError();
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  return prisma().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError("user");
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true, oneTimePasswordExpiresAt: oneTimePasswordExpiry(), sessionVersion: { increment: 1 } } });
    await tx.userSession.updateMany({ where: { userId, endedAt: null }, data: { endedAt: new Date(), endedReason: "password_reset" } });
    await writeAudit({ actorId: actor.userId, action: "user.password_reset", subject: user.email }, tx);
    return { email: user.email, oneTimePassword };
  });
}
