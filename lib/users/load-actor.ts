import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { pendingSetupOf } from "../mfa/account-setup";

/**
 * The acting user as the database sees them now: null when deactivated, signed out everywhere, or this session
 * (by its id, when it has one) was signed out.
 */
export async function loadActor(userId: number, sessionVersion: number, sessionId?: string | null): Promise<TActor | null> {
  const [user, revoked] = await Promise.all([
    prisma().user.findUnique({
      where: { id: userId },
      include: {
        organization: { select: { id: true, kind: true, name: true, nameRu: true, isFinance: true } },
        secondFactor: { select: { confirmedAt: true } },
      },
    }),
    sessionId ? prisma().revokedSession.findUnique({ where: { id: sessionId }, select: { id: true } }) : null,
  ]);
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion || revoked) return null;
  const pendingSetup = pendingSetupOf({ role: user.role, mustChangePassword: user.mustChangePassword, hasSecondFactor: Boolean(user.secondFactor?.confirmedAt) });
  return { ...actorOf(user), pendingSetup };
}

type TUserWithOrganization = {
  id: number;
  role: TActor["role"];
  name: string;
  email: string;
  organizationId: number | null;
  organization: { kind: TActor["organizationKind"] & string; name: string; nameRu: string | null; isFinance: boolean } | null;
};

/** A user row with its organisation as the acting user (sign-in sessions, the bulk import's named officials). */
export function actorOf(user: TUserWithOrganization): TActor {
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
