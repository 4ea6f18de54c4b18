import "server-only";
import { prisma } from "../db";
import { verifyPassword } from "../security/password";
import { looksLikeRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchingStep } from "./totp";

export type TSecondFactorUse = "totp" | "recovery" | null;

/**
 * Checks a code against the user's confirmed second factor and uses it up: a TOTP code counts once (its step must
 * be later than the last accepted one, so a code seen over a shoulder or replayed within its 30 s is refused), a
 * recovery code once ever. Both are conditional updates, so two requests racing with one code cannot both win.
 */
export async function redeemSecondFactorCode(userId: number, code: string, moment = Date.now()): Promise<TSecondFactorUse> {
  const db = prisma();
  const factor = await db.secondFactor.findUnique({ where: { userId } });
  if (!factor?.confirmedAt) return null;
  if (looksLikeRecoveryCode(code)) {
    // Salted hashes cannot be looked up: try the unused ones (at most ten; the code step allows five tries).
    const typed = normalizeRecoveryCode(code);
    for (const row of await db.recoveryCode.findMany({ where: { userId, usedAt: null } })) {
      if (!(await verifyPassword(typed, row.codeHash))) continue;
      const used = await db.recoveryCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date(moment) } });
      return used.count === 1 ? "recovery" : null;
    }
    return null;
  }
  const step = matchingStep(openSecret(factor.secret), code, moment);
  if (step === null) return null;
  const accepted = await db.secondFactor.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return accepted.count === 1 ? "totp" : null;
}

export async function hasSecondFactor(userId: number): Promise<boolean> {
  const factor = await prisma().secondFactor.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return Boolean(factor?.confirmedAt);
}
