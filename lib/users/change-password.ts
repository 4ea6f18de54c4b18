import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError } from "../errors";
import { createPendingSignIn } from "../mfa/pending-sign-in";
import { refuseAfterRepeatedFailures } from "../mfa/recent-failures";
import { hashPassword, verifyPassword } from "../security/password";
import { passwordProblem } from "./password-policy";

/**
 * A user changes their own password: the current one is required, the new one must pass the policy. Every other
 * session ends (sessionVersion moves on); the caller signs this browser in again with the returned renewal ticket.
 */
export async function changePassword({ actor, currentPassword, newPassword }: { actor: TActor; currentPassword: string; newPassword: string }): Promise<{ renewal: string }> {
  const db = prisma();
  const user = await db.user.findUnique({ where: { id: actor.userId } });
  if (!user?.isActive) throw new DomainError("NOT_FOUND", { what: "user" });
  await refuseAfterRepeatedFailures(user.id, ["password.change_failed"]);
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await writeAudit({ actorId: user.id, action: "password.change_failed", subject: user.email, details: { reason: "current_wrong" } });
    throw new DomainError("PASSWORD_CURRENT_WRONG");
  }
  const problem = passwordProblem(newPassword, user);
  if (problem) throw new DomainError(problem);
  if (await verifyPassword(newPassword, user.passwordHash)) throw new DomainError("PASSWORD_UNCHANGED");
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: false, oneTimePasswordExpiresAt: null, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    // Every session row ends with the version (the sessions page must not list them); the renewal opens a new one.
    await tx.userSession.updateMany({ where: { userId: user.id, endedAt: null }, data: { endedAt: new Date(), endedReason: "password_changed" } });
    await writeAudit({ actorId: user.id, action: "password.change", subject: user.email, details: { wasOneTime: user.mustChangePassword } }, tx);
  });
  return { renewal: await createPendingSignIn(user.id, "renewal") };
}
