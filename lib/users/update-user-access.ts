import "server-only";
import { z } from "zod";
import type { TActor } from "../actor";
import { writeAudit } from "../audit";
import { prisma } from "../db";
import { DomainError, ForbiddenError, NotFoundError } from "../errors";
import { ROLES } from "../roles";
import { resolveUserOrganization, ZOptionalBin } from "./resolve-organization";
import { zId, zOptionalId } from "../http/parse-id";

export const ZUpdateUserAccess = z.object({
  userId: zId(),
  role: z.enum(ROLES, { message: "invalidChoice" }),
  organizationId: zOptionalId(),
  companyBin: ZOptionalBin,
});

/**
 * Changes a user's role and organisation. Takes effect on the user's next request (every request re-reads
 * the user). An administrator cannot change their own role: there must always be someone left to fix mistakes.
 */
export async function updateUserAccess({ actor, input }: { actor: TActor; input: z.input<typeof ZUpdateUserAccess> }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  const data = ZUpdateUserAccess.parse(input);
  const db = prisma();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw new NotFoundError("user");
    if (user.id === actor.userId && data.role !== user.role) throw new DomainError("CANNOT_CHANGE_OWN_ROLE");
    const organizationId = await resolveUserOrganization(tx, data);
    const updated = await tx.user.update({ where: { id: user.id }, data: { role: data.role, organizationId } });
    await writeAudit(
      { actorId: actor.userId, action: "user.access", subject: user.email, details: { from: { role: user.role, organizationId: user.organizationId }, to: { role: data.role, organizationId } } },
      tx,
    );
    return updated;
  });
}

/** One user with their organisation, for the administrator's page. */
export async function getUserForAdmin({ actor, userId }: { actor: TActor; userId: number }) {
  if (actor.role !== "admin") throw new ForbiddenError();
  const user = await prisma().user.findUnique({ where: { id: userId }, include: { organization: { select: { id: true, name: true, kind: true, bin: true } }, secondFactor: { select: { confirmedAt: true } } },
  });
  if (!user) return null;
  const { passwordHash: _omit, secondFactor, ...rest } = user;
  return { ...rest, hasSecondFactor: Boolean(secondFactor?.confirmedAt) };
}
