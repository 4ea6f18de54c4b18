import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";

/** The acting user as the database sees them now: null when deactivated or the session was ended. */
export async function loadActor(userId: number, sessionVersion: number): Promise<TActor | null> {
  const user = await prisma().user.findUnique({
    where: { id: userId },
    include: { organization: { select: { id: true, kind: true, name: true, nameRu: true, isFinance: true } } },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  return {
    userId: user.id,
    role: user.role,
    name: user.name,
    email: user.email,
    organizationId: user.organizationId,
    organizationKind: user.organization?.kind ?? null,
    organizationName: user.organization?.name ?? null,
    organizationNameRu: user.organization?.nameRu ?? null,
    isFinance: user.organization?.isFinance ?? false,
  };
}
