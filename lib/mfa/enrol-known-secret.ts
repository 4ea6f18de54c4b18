import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import { openSecret, sealSecret } from "./secret-box";

/**
 * Seeds and tests only: gives a user a confirmed second factor with a known secret (the demo's published secrets,
 * e2e's fixed one). Leaves a readable row with the same secret alone, so a second seed run changes nothing; a row
 * sealed under another key (AUTH_SECRET changed) is sealed again.
 */
export async function enrolKnownSecret({ actor, userId, secret }: { actor: TActor; userId: number; secret: string }): Promise<void> {
  if (!actor.isSystem) throw new ForbiddenError();
  const db = prisma();
  const existing = await db.secondFactor.findUnique({ where: { userId } });
  if (existing?.confirmedAt) {
    try {
      if (openSecret(existing.secret) === secret) return;
    } catch {
      // Sealed under another key: replaced below.
    }
  }
  const sealed = sealSecret(secret);
  await db.secondFactor.upsert({
    where: { userId },
    create: { userId, secret: sealed, confirmedAt: new Date() },
    update: { secret: sealed, confirmedAt: new Date(), lastUsedStep: null },
  });
}
