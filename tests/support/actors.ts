import type { TActor } from "../../lib/actor";
import { SYSTEM_ACTOR } from "../../lib/actor";
import type { Role } from "../../lib/generated/prisma/enums";

export const adminActor: TActor = { ...SYSTEM_ACTOR, isSystem: false, userId: 1_000_000, name: "Test admin", email: "admin@test.kz" };

export function actorWithRole(role: Role, organizationId: number | null = null): TActor {
  return { ...adminActor, role, organizationId, isFinance: false, userId: 1_000_001 };
}

/** An official of a Ministry of Finance organisation (isFinance): every ministry is in their scope. */
export function financeOfficial(organizationId: number, userId = 1_000_002): TActor {
  return { ...adminActor, role: "official", organizationId, organizationKind: "ministry", isFinance: true, userId };
}
