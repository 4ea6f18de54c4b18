import type { OrganizationKind, Role } from "./generated/prisma/enums";

export const ROLES = ["official", "contractor", "investigator", "admin", "school"] as const satisfies readonly Role[];

/** Which kinds of organisation each role may belong to; an empty list means none is needed. */
export const ORGANIZATION_KINDS_FOR_ROLE: Record<Role, readonly OrganizationKind[]> = {
  official: ["ministry", "treasury"],
  contractor: ["company"],
  investigator: ["agency"],
  admin: [],
  // A school is no organisation of the portal: its staff are tied to schools by school_staff rows (decision 0200).
  school: [],
};

/**
 * Where each role lands after signing in: every role starts from its home, which says what to do (decision 0225);
 * a `next` address of the portal's own that the sign-in was asked for wins over it.
 */
export const HOME_FOR_ROLE: Record<Role, string> = {
  official: "/home",
  contractor: "/home",
  investigator: "/home",
  admin: "/home",
  school: "/home",
};
