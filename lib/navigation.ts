import type { Role } from "./generated/prisma/enums";
import type { TMessageKey } from "./i18n";

/** `canteenOperator`: shown only to a company that holds a canteen contract (decision 0275). */
export type TNavItem = { href: string; label: TMessageKey; roles: readonly Role[]; only?: "canteenOperator" };

// Each section is listed once with the roles that may open it; pages check the same roles themselves.
export const NAV_ITEMS: readonly TNavItem[] = [
  // Every role's home says what waits for them (issue 19); a company's dashboard (/company) and the red-flag queue
  // (/flags) stay where contractors and investigators land.
  { href: "/home", label: "nav.home", roles: ["official", "contractor", "investigator", "admin", "school"] },
  { href: "/budget", label: "nav.budget", roles: ["official"] },
  { href: "/projects", label: "nav.projects", roles: ["official", "investigator"] },
  { href: "/invoices", label: "nav.invoices", roles: ["official"] },
  { href: "/contractors", label: "contractors.nav", roles: ["official", "investigator"] },
  { href: "/contracts", label: "contracts.nav", roles: ["official", "investigator"] },
  { href: "/flags", label: "flags.nav", roles: ["investigator"] },
  { href: "/trace", label: "nav.trace", roles: ["investigator"] },
  { href: "/cases", label: "nav.cases", roles: ["investigator"] },
  { href: "/journal", label: "nav.journal", roles: ["investigator", "admin"] },
  { href: "/admin/users", label: "nav.users", roles: ["admin"] },
  { href: "/admin/audit", label: "auditLog.nav", roles: ["admin"] },
  { href: "/company", label: "nav.company", roles: ["contractor"] },
  { href: "/company/contracts", label: "nav.companyContracts", roles: ["contractor"] },
  { href: "/company/invoices", label: "nav.companyInvoices", roles: ["contractor"] },
  { href: "/company/exits", label: "nav.companyExits", roles: ["contractor"] },
  { href: "/company/history", label: "nav.companyHistory", roles: ["contractor"] },
  // A canteen operator is a contractor of its company (decision 0154): the scanner and its day (decision 0197).
  { href: "/canteen", label: "mealsCanteen.nav", roles: ["contractor"], only: "canteenOperator" },
  // School meals (decisions 0200–0201): the district's programmes; a school user's own school.
  { href: "/school-meals", label: "mealsOffice.nav.programmes", roles: ["official"] },
  { href: "/school", label: "mealsOffice.nav.school", roles: ["school"] },
];

/** The sections a role opens; `isCanteenOperator` is decided on the server (lib/meals/scope.ts) by the layout. */
export const navFor = (role: Role, { isCanteenOperator = false }: { isCanteenOperator?: boolean } = {}) =>
  NAV_ITEMS.filter((item) => item.roles.includes(role) && (item.only !== "canteenOperator" || isCanteenOperator));

/** Who has the search across every record (/search): a magnifier beside the bell rather than one more section. */
export const SEARCH_ROLES: readonly Role[] = ["official", "investigator"];
