import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { assertStorableText } from "../text-field";

/**
 * An investigator looked and found nothing wrong: the flag leaves the queue with the reason, and stays
 * dismissed when a recompute finds it again (decision 0041). Moves no money; audited.
 */
export async function dismissFlag({ actor, flagId, reason }: { actor: TActor; flagId: number; reason: string }) {
  if (actor.role !== "investigator") throw new ForbiddenError();
  const text = reason.trim();
  if (text.length < 5) throw new DomainError("REASON_REQUIRED");
  assertStorableText(text, 2000);
  return prisma().$transaction(async (tx) => {
    const flag = await tx.flag.findUnique({ where: { id: flagId } });
    if (!flag) throw new NotFoundError("flag");
    const updated = await tx.flag.update({ where: { id: flagId }, data: { status: "dismissed", dismissedReason: text, dismissedById: actor.userId } });
    await writeAudit({ actorId: actor.userId, action: "flag.dismiss", subject: flag.key, details: { flag: flagId, reason: text } }, tx);
    return updated;
  });
}
