import "server-only";
import { prisma } from "../db";
import { writeAudit } from "../audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { accountKey, addressKey, clearFailures, lockedMinutes, recordFailure } from "./sign-in-throttle";

export type TSignInUser = { id: number; role: string; organizationId: number | null; sessionVersion: number; name: string; email: string };
export type TSignInResult = { ok: true; user: TSignInUser } | { ok: false; reason: "invalid" | "inactive" | "locked"; minutes?: number };

export async function verifyCredentials(email: string, password: string, address: string): Promise<TSignInResult> {
  const normalized = email.trim().toLowerCase();
  const keys = [accountKey(normalized), addressKey(address)];
  const minutes = await lockedMinutes(keys);
  if (minutes > 0) return { ok: false, reason: "locked", minutes };

  const user = await prisma().user.findUnique({ where: { email: normalized } });
  const matches = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
  if (!user || !matches) {
    await Promise.all(keys.map(recordFailure));
    await writeAudit({ actorId: user?.id ?? null, action: "sign_in.failed", subject: normalized, details: { address } });
    const nowLocked = await lockedMinutes(keys);
    return nowLocked > 0 ? { ok: false, reason: "locked", minutes: nowLocked } : { ok: false, reason: "invalid" };
  }
  // The password was right: only now is it safe to say the account is deactivated.
  if (!user.isActive) return { ok: false, reason: "inactive" };
  await clearFailures(keys[0]!);
  await writeAudit({ actorId: user.id, action: "sign_in", subject: normalized, details: { address } });
  return {
    ok: true,
    user: { id: user.id, role: user.role, organizationId: user.organizationId, sessionVersion: user.sessionVersion, name: user.name, email: user.email },
  };
}
