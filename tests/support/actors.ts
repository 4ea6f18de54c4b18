import type { TActor } from "../../lib/actor";
import { SYSTEM_ACTOR } from "../../lib/actor";
import type { Role } from "../../lib/generated/prisma/enums";

export const adminActor: TActor = { ...SYSTEM_ACTOR, isSystem: false, userId: 1_000_000, name: "Test admin", email: "admin@test.kz" };

export function actorWithRole(role: Role, organizationId: number | null = null): TActor {
  return { ...adminActor, role, organizationId, isFinance: false, userId: 1_000_001 };
}
