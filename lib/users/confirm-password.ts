import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { verifyPassword } from "../security/password";
import { claimAttempt, clearPair, pairKey } from "./sign-in-throttle";

export type TConfirmation = { ok: true } | { ok: false; reason: "wrong" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * The signed-in user types their password again before a sensitive change of their sessions (ASVS 7.5.2): a
 * session left open on a shared computer must not be able to sign its owner out everywhere else. Guesses are
 * throttled like sign-ins of that account from that address (decision 0063), and a wrong one is audited.
 */
export async function confirmPassword({ actor, password, address }: { actor: TActor; password: string; address: string }): Promise<TConfirmation> {
  const key = pairKey(actor.email, address);
  const claim = await claimAttempt(key);
  if (!claim.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: claim.retryAfterSeconds };
  const user = await prisma().user.findUnique({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user || !password || !(await verifyPassword(password, user.passwordHash))) {
    await writeAudit({ actorId: actor.userId, action: "session.confirm_failed", subject: actor.email, details: { address } });
    return { ok: false, reason: "wrong" };
  }
  await clearPair(key);
  return { ok: true };
}
