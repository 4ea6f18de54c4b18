import "server-only";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";

/** Puts a dismissed flag back in the queue (the next refresh clears it if its pattern is gone). Audited. */
export async function reopenFlag({ actor, flagId }: { actor: TActor; flagId: number }) {
  if (actor.role !== "investigator") throw new ForbiddenError();
  return prisma().$transaction(async (tx) => {
    const flag = await tx.flag.findUnique({ where: { id: flagId } });
    if (!flag) throw new NotFoundError("flag");
    if (flag.status !== "dismissed") return flag;
    const updated = await tx.flag.update({ where: { id: flagId }, data: { status: "open", dismissedReason: null, dismissedById: null } });
    await writeAudit({ actorId: actor.userId, action: "flag.reopen", subject: flag.key, details: { flag: flagId, reason: flag.dismissedReason } }, tx);
    return updated;
  });
}
