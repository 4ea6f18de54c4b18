import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit";
import { burnPasswordCheck, verifyPassword } from "../security/password";
import { addressWaitSeconds, claimAttempt, clearPair, pairKey, recordAddressFailure } from "./sign-in-throttle";

export type TSignInUser = { id: number; role: string; organizationId: number | null; sessionVersion: number; name: string; email: string };
export type TSignInResult =
  | { ok: true; user: TSignInUser }
  | { ok: false; reason: "invalid" | "inactive" | "one_time_expired" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks an e-mail and password from a client address (decision 0063). Every attempt is audited with the
 * address — signed in, failed, throttled or deactivated — so that an attack and its target can be seen.
 */
export async function verifyCredentials(email: string, password: string, address: string): Promise<TSignInResult> {
  const normalized = email.trim().toLowerCase();
  const refuseThrottled = async (retryAfterSeconds: number, by: "address" | "account_address") => {
    const user = await prisma().user.findUnique({ where: { email: normalized }, select: { id: true } });
    await writeAudit({ actorId: user?.id ?? null, action: "sign_in.throttled", subject: normalized, details: { address, by, retryAfterSeconds } });
    return { ok: false, reason: "throttled", retryAfterSeconds } as const;
  };

  const addressWait = await addressWaitSeconds(address);
  if (addressWait > 0) return refuseThrottled(addressWait, "address");
  const key = pairKey(normalized, address);
  const claim = await claimAttempt(key);
  if (!claim.allowed) return refuseThrottled(claim.retryAfterSeconds, "account_address");

  const user = await prisma().user.findUnique({ where: { email: normalized } });
  const matches = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
  if (!user || !matches) {
    // The pair's failure was counted by claimAttempt; the address's is counted here.
    await recordAddressFailure(address);
    await writeAudit({ actorId: user?.id ?? null, action: "sign_in.failed", subject: normalized, details: { address } });
    return { ok: false, reason: "invalid" };
  }
  await clearPair(key);
  // The password was right: only now is it safe to say the account is deactivated.
  if (!user.isActive) {
    await writeAudit({ actorId: user.id, action: "sign_in.inactive", subject: normalized, details: { address } });
    return { ok: false, reason: "inactive" };
  }
  // A one-time password an administrator handed over opens the account only for a while (decision 0079).
  if (user.mustChangePassword && user.oneTimePasswordExpiresAt !== null && user.oneTimePasswordExpiresAt.getTime() <= Date.now()) {
    await writeAudit({ actorId: user.id, action: "sign_in.one_time_expired", subject: normalized, details: { address } });
    return { ok: false, reason: "one_time_expired" };
  }
  await writeAudit({ actorId: user.id, action: "sign_in", subject: normalized, details: { address } });
  return {
    ok: true,
    user: { id: user.id, role: user.role, organizationId: user.organizationId, sessionVersion: user.sessionVersion, name: user.name, email: user.email },
  };
}
