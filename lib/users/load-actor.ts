import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { pendingSetupOf } from "../mfa/account-setup";

/**
 * The acting user as the database sees them now: null when deactivated or signed out everywhere (the session
 * version moved on). A web session's own checks (sign-out, lifetime) are in load-session-actor.ts.
 */
export async function loadActor(userId: number, sessionVersion: number): Promise<TActor | null> {
  const user = await prisma().user.findUnique({
    where: { id: userId },
    include: {
      organization: { select: { id: true, kind: true, name: true, nameRu: true, nameKk: true, nameEn: true, isFinance: true } },
      secondFactor: { select: { confirmedAt: true } },
    },
  });
  if (!user || !user.isActive || user.sessionVersion !== sessionVersion) return null;
  const pendingSetup = pendingSetupOf({ role: user.role, mustChangePassword: user.mustChangePassword, hasSecondFactor: Boolean(user.secondFactor?.confirmedAt) });
  return { ...actorOf(user), pendingSetup };
}

type TUserWithOrganization = {
  id: number;
  role: TActor["role"];
  name: string;
  email: string;
  organizationId: number | null;
  organization: { kind: TActor["organizationKind"] & string; name: string; nameRu: string | null; nameKk?: string | null; nameEn?: string | null; isFinance: boolean } | null;
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
    organizationNameKk: user.organization?.nameKk ?? null,
    organizationNameEn: user.organization?.nameEn ?? null,
    isFinance: user.organization?.isFinance ?? false,
  };
}
