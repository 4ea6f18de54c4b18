import type { Role } from "../generated/prisma/enums";

// What a signed-in user must finish before anything else is allowed: a one-time password to replace, then (for
// the roles that move or watch public money) a second factor to enrol. Pure, so lib/auth.ts and the pages agree.

/** Officials, investigators and administrators must have a second factor; contractors may. */
export const SECOND_FACTOR_REQUIRED: readonly Role[] = ["official", "investigator", "admin"];

export type TPendingSetup = "password" | "second_factor" | null;

export function pendingSetupOf(user: { role: Role; mustChangePassword: boolean; hasSecondFactor: boolean }): TPendingSetup {
  if (user.mustChangePassword) return "password";
  if (SECOND_FACTOR_REQUIRED.includes(user.role) && !user.hasSecondFactor) return "second_factor";
  return null;
}
