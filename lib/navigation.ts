import type { Role } from "./generated/prisma/enums";
import type { TMessageKey } from "./i18n";

export type TNavItem = { href: string; label: TMessageKey; roles: readonly Role[] };

// Each section is listed once with the roles that may open it; pages check the same roles themselves.
export const NAV_ITEMS: readonly TNavItem[] = [
  { href: "/home", label: "nav.home", roles: ["official", "contractor", "investigator", "admin"] },
  { href: "/budget", label: "nav.budget", roles: ["official"] },
  { href: "/projects", label: "nav.projects", roles: ["official"] },
  { href: "/invoices", label: "nav.invoices", roles: ["official"] },
  { href: "/admin/users", label: "nav.users", roles: ["admin"] },
  { href: "/flags", label: "flags.nav", roles: ["investigator"] },
];

export const navFor = (role: Role) => NAV_ITEMS.filter((item) => item.roles.includes(role));
